// Sanitizer sweep of extraction: odd sizes, resolutions and contents (noise,
// flat, sinusoidal ridges, checkerboard) through Extract(), plus any FVC TIFFs
// given, at several resolutions. Every call must return or throw InvalidInput.
// Build (from native-matcher/):
//   g++ -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -std=c++17 -Isrc -Itools
//       -o /tmp/extract_sanitize tools/extract_sanitize.cc src/matcher/extract.cc src/matcher/extract/*.cc
//   (one command line)
// Run: /tmp/extract_sanitize ../../shared/fpdata/fvc2002/DB*_B/101_1.tif
#include <cmath>
#include <cstdio>
#include <vector>
#include "matcher/matcher.h"
#include "tiff_reader.h"
using namespace ridgeline::matcher;
int main(int argc, char** argv) {
  int runs = 0, refused = 0;
  unsigned s = 7;
  auto rnd = [&] { s = s * 1103515245u + 12345u; return s >> 8; };
  const double ppis[] = {150, 300, 499, 500, 569, 700, 1000, 2000};
  for (int w : {16, 17, 31, 64, 100, 257}) for (int h : {16, 23, 64, 199}) for (double ppi : ppis) for (int mode = 0; mode < 4; ++mode) {
    std::vector<uint8_t> px((size_t)w * h);
    for (int y = 0; y < h; ++y) for (int x = 0; x < w; ++x)
      px[(size_t)y * w + x] = mode == 0 ? rnd() & 255 : mode == 1 ? 255 : mode == 2 ? (uint8_t)(128 + 120 * std::sin(x * 0.7 + 0.3 * y)) : ((x / 3 + y / 5) & 1) * 255;
    try { Extract({w, h, px.data(), ppi}); ++runs; } catch (const InvalidInput&) { ++refused; }
  }
  for (int i = 1; i < argc; ++i) {
    auto img = ridgeline::tools::ReadGrayTiff(argv[i]);
    for (double ppi : {500.0, 569.0, 1000.0, 250.0}) { Extract({img.width, img.height, img.pixels.data(), ppi}); ++runs; }
  }
  std::printf("runs %d refused %d\n", runs, refused);
}
