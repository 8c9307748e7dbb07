// Standalone harness: decodes a WSQ file, optionally writes a PGM, and prints
// wall and CPU time per decode (mean over `repeat` runs).
// Build: g++ -O3 -std=c++17 -I native-matcher/src $(ls native-matcher/src/wsq/*.cc | grep -v napi_) native-matcher/tools/wsq_decode_main.cc -o wsqdec
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "wsq/decoder.h"
#include "wsq/wsq_error.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s in.wsq [out.pgm] [repeat]\n", argv[0]);
    return 2;
  }
  std::ifstream f(argv[1], std::ios::binary);
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  int repeat = argc > 3 ? std::atoi(argv[3]) : 1;
  try {
    ridgeline::wsq::DecodedImage img;
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    for (int i = 0; i < repeat; ++i) img = ridgeline::wsq::decode(bytes.data(), bytes.size());
    auto t1 = std::chrono::steady_clock::now();
    double cpuMs = 1000.0 * (std::clock() - c0) / CLOCKS_PER_SEC / repeat;
    double ms = std::chrono::duration<double, std::milli>(t1 - t0).count() / repeat;
    std::printf("%dx%d ppi=%d wall %.3f ms, cpu %.3f ms per decode\n", img.width, img.height, img.ppi.value_or(-1), ms, cpuMs);
    if (argc > 2 && std::string(argv[2]) != "-") {
      std::ofstream o(argv[2], std::ios::binary);
      o << "P5\n" << img.width << " " << img.height << "\n255\n";
      o.write(reinterpret_cast<const char*>(img.pixels.data()), img.pixels.size());
    }
  } catch (const ridgeline::wsq::WsqError& e) {
    std::printf("error(%s) at %zu: %s\n", e.kind() == ridgeline::wsq::WsqError::Kind::BadFile ? "bad-file" : "unsupported",
                e.offset(), e.what());
    return 1;
  }
  return 0;
}
