// The map of /map: draws the projects of the GeoJSON endpoint (same filters as the page) as
// circle markers, which need no image, on tiles from the configured URL when there is one. With
// no tiles reachable the markers stay on a blank background; without JavaScript the page's
// list is the map's content. Leaflet (about 45 KB compressed, most of the page's weight) is
// downloaded only when the reader asks for the map, so the page stays light on slow or paid
// mobile data.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var button = document.getElementById('map-show');
  if (!el || !button) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    button.disabled = true;
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = el.getAttribute('data-leaflet-css');
    document.head.appendChild(css);
    var js = document.createElement('script');
    js.src = el.getAttribute('data-leaflet-js');
    js.onload = function () {
      button.parentNode.removeChild(button);
      draw();
    };
    js.onerror = function () { button.disabled = false; };
    document.head.appendChild(js);
  });

  function draw() {
    if (!window.L) return;
    el.classList.add('map-on');
    var map = L.map(el, { scrollWheelZoom: false }).setView([30.0, -8.6], 7);
    var tiles = el.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: el.getAttribute('data-attribution') }).addTo(map);
    }
    fetch(el.getAttribute('data-geojson'), { headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        var layer = L.geoJSON(geo, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, {
              radius: 8, color: '#0b5d3b', weight: 2, fillColor: '#1d9a5b', fillOpacity: 0.8
            });
          },
          onEachFeature: function (feature, marker) {
            var a = document.createElement('a');
            a.href = feature.properties.url;
            a.textContent = feature.properties.title;
            a.dir = 'auto';
            marker.bindPopup(a);
          }
        }).addTo(map);
        if (layer.getLayers().length) {
          // No animation: the markers are where they stay as soon as data-markers says they are
          // drawn, and a slow phone does not spend frames on a zoom nobody asked for.
          map.fitBounds(layer.getBounds(), { maxZoom: 11, padding: [24, 24], animate: false });
        }
        el.setAttribute('data-markers', String(layer.getLayers().length));
      })
      .catch(function () { el.setAttribute('data-markers', 'error'); });
  }
})();
