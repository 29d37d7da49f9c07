/**
 * What an article page hands the components its MDX body places without props (<WhatWeKnow />,
 * <OriginalReport />): the article being rendered, resolved by the content gate.
 */
declare namespace App {
  interface Locals {
    article?: import('./lib/content/content-gate.ts').ResolvedArticle<import('./data/site-content.ts').Article>;
  }
}
