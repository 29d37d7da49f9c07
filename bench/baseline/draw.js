// @ts-nocheck: a plain browser script on the globals of the d3 and topojson-client bundles, as the baseline is meant to be.
// The conventional approach the benchmark compares against: fetch the world, project and draw it with the
// full d3 bundle in the browser. Same region, same projection and the same 900 km ring as our article's map.
(function () {
  var extent = { west: 20.5, south: 43.6, east: 41.5, north: 56.2 };
  var launch = [36.58, 50.611];
  var width = 720;
  var outline = { type: 'MultiPoint', coordinates: [] };
  for (var i = 0; i <= 16; i++) {
    var lon = extent.west + ((extent.east - extent.west) * i) / 16;
    var lat = extent.south + ((extent.north - extent.south) * i) / 16;
    outline.coordinates.push([lon, extent.south], [lon, extent.north], [extent.west, lat], [extent.east, lat]);
  }
  fetch('/vendor/world/50m.json')
    .then(function (response) { return response.json(); })
    .then(function (world) {
      var countries = topojson.feature(world, world.objects.countries).features;
      var projection = d3
        .geoAzimuthalEqualArea()
        .rotate([-(extent.west + extent.east) / 2, -(extent.south + extent.north) / 2])
        .fitWidth(width, outline);
      var path = d3.geoPath(projection);
      var height = Math.ceil(path.bounds(outline)[1][1]);
      projection.clipExtent([[0, 0], [width, height]]);
      var svg = d3.select('#map').append('svg').attr('viewBox', '0 0 ' + width + ' ' + height);
      svg.append('g').selectAll('path').data(countries).join('path')
        .attr('class', 'country').attr('data-country', function (d) { return d.properties.a3; }).attr('d', path);
      var ring = d3.geoCircle().center(launch).radius((900 / 6371.0088) * (180 / Math.PI))();
      svg.append('path').datum(ring).attr('class', 'ring').attr('data-range-km', 900).attr('d', path);
    });
})();
