// Standalone extraction benchmark and visual check.
//   extract_bench [--ppi N] [--repeat R] [--dump DIR] IMAGE.tif...
// Prints per image the median extraction time (wall and thread CPU) over R
// runs and the minutiae counts, then the median over all images. --dump writes
// DIR/<database>_<name>.ppm (see Dump below).
// Build (from native-matcher/):
//   g++ -O3 -std=c++17 -Isrc -Itools -o /tmp/extract_bench tools/extract_bench.cc
//       src/matcher/extract.cc src/matcher/extract/*.cc   (one command line)
// Run: /tmp/extract_bench --ppi 500 ../../shared/fpdata/fvc2002/DB1_B/*.tif
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "matcher/extract/pipeline.h"
#include "matcher/matcher.h"
#include "tiff_reader.h"

using namespace ridgeline;

namespace {

// CPU time of this thread: wall time is meaningless on a machine shared by a
// dozen compiles, so both are reported.
double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Rgb {
  std::vector<uint8_t> data;
  int width = 0, height = 0;
  void Set(int x, int y, uint8_t r, uint8_t g, uint8_t b) {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    uint8_t* p = &data[(static_cast<size_t>(y) * width + x) * 3];
    p[0] = r, p[1] = g, p[2] = b;
  }
};

// Two panels side by side: left the print (background darkened) with the
// minutiae, right the skeleton with the same minutiae and, as yellow dots, the
// candidates the filter removed (convert to PNG with any PPM viewer).
void Dump(const std::string& path, const tools::GrayImage& img, const matcher::Features& f,
          const matcher::extract::PipelineTrace& trace) {
  Rgb out;
  out.width = img.width * 2;
  out.height = img.height;
  out.data.resize(static_cast<size_t>(out.width) * img.height * 3);
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) {
      uint8_t v = img.pixels[static_cast<size_t>(y) * img.width + x];
      const int wx = static_cast<int>((x - trace.crop_x + 0.5) * trace.scale),
                wy = static_cast<int>((y - trace.crop_y + 0.5) * trace.scale);
      const bool roi = trace.roi_cells.contains(wx / 4, wy / 4) && trace.roi_cells.at(wx / 4, wy / 4);
      out.Set(x, y, roi ? v : v / 3, roi ? v : v / 3, roi ? v : v / 2);
      const bool ridge = trace.skeleton.contains(wx, wy) && trace.skeleton.at(wx, wy);
      const uint8_t back = roi ? 255 : 170;
      out.Set(img.width + x, y, ridge ? 0 : back, ridge ? 0 : back, ridge ? 0 : back);
    }
  for (const auto& c : trace.candidates) {
    if (!c.removed) continue;
    const int x = static_cast<int>((c.x + 0.5) / trace.scale) + trace.crop_x,
              y = static_cast<int>((c.y + 0.5) / trace.scale) + trace.crop_y;
    for (int d = -1; d <= 1; ++d) {
      out.Set(img.width + x + d, y, 230, 200, 0);
      out.Set(img.width + x, y + d, 230, 200, 0);
    }
  }
  for (int panel = 0; panel < 2; ++panel)
    for (const auto& m : f.tmpl.minutiae) {
      const bool ending = m.type == matcher::MinutiaType::Ending;
      const uint8_t r = ending ? 255 : 0, g = ending ? 0 : 200, b = ending ? 0 : 0;
      const int cx = static_cast<int>(std::lround(m.x)) + panel * img.width, cy = static_cast<int>(std::lround(m.y));
      for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx)
          if (std::max(std::abs(dx), std::abs(dy)) == 2) out.Set(cx + dx, cy + dy, r, g, b);
      for (int k = 3; k <= 10; ++k)
        out.Set(static_cast<int>(std::lround(cx + k * std::cos(m.direction))),
                static_cast<int>(std::lround(cy - k * std::sin(m.direction))), r, g, b);
    }
  std::ofstream file(path, std::ios::binary);
  file << "P6\n" << out.width << " " << out.height << "\n255\n";
  file.write(reinterpret_cast<const char*>(out.data.data()), static_cast<std::streamsize>(out.data.size()));
}

}  // namespace

int main(int argc, char** argv) {
  double ppi = 500;
  int repeat = 3;
  std::string dump;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--ppi" && i + 1 < argc) ppi = std::stod(argv[++i]);
    else if (arg == "--repeat" && i + 1 < argc) repeat = std::max(1, std::stoi(argv[++i]));
    else if (arg == "--dump" && i + 1 < argc) dump = argv[++i];
    else files.push_back(arg);
  }
  std::vector<double> medians, cpu_medians;
  size_t total_minutiae = 0;
  for (const std::string& file : files) {
    const tools::GrayImage img = tools::ReadGrayTiff(file);
    matcher::GrayImageView view{img.width, img.height, img.pixels.data(), ppi};
    std::vector<double> times, cpu_times;
    matcher::Features features;
    for (int r = 0; r < repeat; ++r) {
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = ThreadCpuMs();
      features = matcher::Extract(view);
      cpu_times.push_back(ThreadCpuMs() - cpu_start);
      times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu_times.begin(), cpu_times.end());
    medians.push_back(times[times.size() / 2]);
    cpu_medians.push_back(cpu_times[cpu_times.size() / 2]);
    int endings = 0, bifurcations = 0;
    for (const auto& m : features.tmpl.minutiae) (m.type == matcher::MinutiaType::Ending ? endings : bifurcations)++;
    total_minutiae += features.tmpl.minutiae.size();
    std::printf("%s %dx%d %.2f ms (cpu %.2f ms) minutiae %zu (endings %d, bifurcations %d)\n", file.c_str(), img.width, img.height,
                medians.back(), cpu_medians.back(), features.tmpl.minutiae.size(), endings, bifurcations);
    if (!dump.empty()) {
      matcher::extract::PipelineTrace trace;
      features = matcher::extract::RunPipeline(view, &trace);
      // Keep the database folder in the name: every FVC database has a 101_1.
      const size_t slash = file.find_last_of('/');
      const size_t parent = slash == std::string::npos || slash == 0 ? std::string::npos : file.find_last_of('/', slash - 1);
      std::string name = file.substr(parent == std::string::npos ? 0 : parent + 1);
      std::replace(name.begin(), name.end(), '/', '_');
      name = name.substr(0, name.find_last_of('.'));
      Dump(dump + "/" + name + ".ppm", img, features, trace);
    }
  }
  if (!medians.empty()) {
    std::sort(medians.begin(), medians.end());
    std::sort(cpu_medians.begin(), cpu_medians.end());
    std::printf("images %zu median %.2f ms wall, %.2f ms thread cpu, mean minutiae %.1f\n", medians.size(),
                medians[medians.size() / 2], cpu_medians[cpu_medians.size() / 2],
                static_cast<double>(total_minutiae) / medians.size());
  }
  return 0;
}
