import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../helpers/dist-files.ts';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

describe('every built page is valid HTML (html-validate, standard preset)', () => {
  it.each(builtPages().map(({ route, file }) => [route, file]))('%s', async (_, file) => {
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});
