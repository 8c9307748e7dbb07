// Stage-level checks of the extractor on images with known answers: each
// stage of src/matcher/extract/ in isolation. Exits non-zero on any failure.
// Build and run (from native-matcher/):
//   g++ -O2 -std=c++17 -Isrc -o /tmp/extract_stages_check tools/extract_stages_check.cc
//       src/matcher/extract.cc src/matcher/extract/*.cc   (one command line)
//   /tmp/extract_stages_check
#include <cmath>
#include <cstdio>
#include <vector>

#include "matcher/extract/binarise.h"
#include "matcher/extract/detect.h"
#include "matcher/extract/direction.h"
#include "matcher/extract/frequency.h"
#include "matcher/extract/grid.h"
#include "matcher/extract/neighbourhood.h"
#include "matcher/extract/normalise.h"
#include "matcher/extract/orientation.h"
#include "matcher/extract/resample.h"
#include "matcher/extract/segment.h"
#include "matcher/extract/thin.h"
#include "matcher/matcher.h"

using namespace ridgeline::matcher;
using namespace ridgeline::matcher::extract;

namespace {

int failures = 0;

void Check(bool ok, const char* what, double value) {
  std::printf("%s %-58s %.3f\n", ok ? "ok  " : "FAIL", what, value);
  if (!ok) ++failures;
}

double AngleGapModPi(double a, double b) {
  double d = std::fmod(std::abs(a - b), M_PI);
  return std::min(d, M_PI - d);
}

// Parallel dark ridges at `angle` (image coordinates, y down) with `period` px.
FloatGrid Ridges(int w, int h, double angle, double period) {
  FloatGrid g(w, h);
  const double nx = -std::sin(angle), ny = std::cos(angle);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) g.at(x, y) = static_cast<float>(128 - 80 * std::cos(2 * M_PI * (x * nx + y * ny) / period));
  return g;
}

void CheckBoxMean() {
  FloatGrid g(23, 17);
  for (size_t i = 0; i < g.data.size(); ++i) g.data[i] = static_cast<float>((i * 37) % 11);
  const FloatGrid m = BoxMean(g, 3);
  double worst = 0;
  for (int y = 0; y < g.height; ++y)
    for (int x = 0; x < g.width; ++x) {
      double sum = 0;
      int n = 0;
      for (int yy = std::max(0, y - 3); yy <= std::min(g.height - 1, y + 3); ++yy)
        for (int xx = std::max(0, x - 3); xx <= std::min(g.width - 1, x + 3); ++xx, ++n) sum += g.at(xx, yy);
      worst = std::max(worst, std::abs(sum / n - m.at(x, y)));
    }
  Check(worst < 1e-4, "box mean equals brute force (clamped borders)", worst);
}

void CheckOrientationAndPeriod() {
  double worst_angle = 0, worst_period = 0;
  for (double angle : {0.0, 0.4, 1.1, M_PI / 2, 2.5}) {
    for (double period : {7.0, 9.0, 12.0}) {
      const FloatGrid gray = Ridges(160, 160, angle, period);
      const OrientationField field = EstimateOrientation(gray);
      worst_angle = std::max(worst_angle, AngleGapModPi(field.AngleAt(80, 80), angle));
      const Segmentation seg = Segment(field);
      const RidgePeriod estimate = EstimatePeriod(Normalise(gray), field, seg);
      worst_period = std::max(worst_period, std::abs(estimate.At(80, 80) - period));
    }
  }
  Check(worst_angle < 2 * M_PI / 180, "orientation of straight ridges within 2 degrees (radians)", worst_angle);
  Check(worst_period < 0.5, "ridge period of straight ridges within 0.5 px", worst_period);
}

void CheckThinning() {
  // A 5 px wide bar and a 5 px wide ring: one-pixel skeletons, the ring stays closed.
  ByteGrid image(80, 60, 0);
  for (int y = 10; y < 15; ++y)
    for (int x = 5; x < 75; ++x) image.at(x, y) = 1;
  for (int y = 0; y < 60; ++y)
    for (int x = 0; x < 80; ++x) {
      const double r = std::hypot(x - 40, y - 38);
      if (r >= 10 && r < 15) image.at(x, y) = 1;
    }
  const ByteGrid skeleton = Thin(image);
  int thick = 0, ring_ends = 0, bar_ends = 0;
  for (int y = 1; y + 1 < skeleton.height; ++y)
    for (int x = 1; x + 1 < skeleton.width; ++x) {
      if (!skeleton.at(x, y)) continue;
      thick += skeleton.at(x + 1, y) && skeleton.at(x, y + 1) && skeleton.at(x + 1, y + 1);
      const int crossing = CrossingNumber(RingAt(skeleton, x, y));
      if (crossing == 1) (y < 20 ? bar_ends : ring_ends)++;
    }
  Check(thick == 0, "skeleton has no 2x2 blocks", thick);
  Check(bar_ends == 2, "a bar thins to a line with two endings", bar_ends);
  Check(ring_ends == 0, "a ring thins to a closed loop (no endings)", ring_ends);
}

// One ridge ending abruptly among parallel ridges: detected as an ending on
// its ridge line, pointing into its ridge (ISO convention).
void CheckEndingDirection() {
  for (double angle : {0.0, 0.9, 2.0, 4.0}) {
    const int size = 200;
    const double period = 9;
    FloatGrid gray(size, size);
    const double tx = std::cos(angle), ty = std::sin(angle);
    for (int y = 0; y < size; ++y)
      for (int x = 0; x < size; ++x) {
        const double u = (x - 100) * tx + (y - 100) * ty;    // along the ridges
        const double v = -(x - 100) * ty + (y - 100) * tx;   // across
        double profile = std::cos(2 * M_PI * v / period);
        // The ridge through v = 0 exists only for u >= 0: it ends at (100, 100).
        if (std::abs(v) < period / 2 && u < 0) profile = std::cos(2 * M_PI * period / 2 / period);
        gray.at(x, y) = static_cast<float>(128 - 80 * profile);
      }
    std::vector<uint8_t> pixels(gray.data.size());
    for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<uint8_t>(gray.data[i]);
    const Features f = Extract({size, size, pixels.data(), 500});
    const Minutia* best = nullptr;
    double distance = 1e9;
    for (const Minutia& m : f.tmpl.minutiae) {
      const double d = std::hypot(m.x - 100, m.y - 100);
      if (d < distance) distance = d, best = &m;
    }
    Check(best != nullptr && distance < 10, "synthetic ridge ending found within one period", distance);
    if (best == nullptr) continue;
    // Across the ridge the position is exact; along it the oriented filter
    // continues the ridge a little into the valley beyond an abrupt end, towards
    // where ISO/IEC 19794-2 places endings (the fork of the valley skeleton).
    const double along = (best->x - 100) * tx + (best->y - 100) * ty;
    const double across = -(best->x - 100) * ty + (best->y - 100) * tx;
    Check(std::abs(across) < 2, "ending lies on its ridge line (px across)", across);
    Check(along > -10 && along < 3, "ending at or just beyond the ridge end (px along)", along);
    if (best == nullptr) continue;
    Check(best->type == MinutiaType::Ending, "synthetic ridge ending has type ending", static_cast<int>(best->type));
    // Into the ridge body: image direction (tx, ty), i.e. ISO angle atan2(-ty, tx).
    double expected = std::atan2(-ty, tx);
    if (expected < 0) expected += 2 * M_PI;
    double gap = std::abs(best->direction - expected);
    gap = std::min(gap, 2 * M_PI - gap);
    Check(gap < 15 * M_PI / 180, "ending direction points into its ridge (radians off)", gap);
  }
}

void CheckResampling() {
  const FloatGrid gray = Ridges(300, 300, 0.7, 9 * 2.0);  // a 1000 ppi scan of 9 px ridges
  std::vector<uint8_t> pixels(gray.data.size());
  for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<uint8_t>(gray.data[i]);
  const WorkingImage working = ResampleToWorking({300, 300, pixels.data(), 1000});
  Check(working.pixels.width == 150 && working.pixels.height == 150, "1000 ppi halves to 500 ppi (width)", working.pixels.width);
  Check(std::abs(working.ToSourceX(10) - 20.5f) < 1e-4, "working x 10 maps to source centre 20.5", working.ToSourceX(10));
}

void CheckRefusals() {
  std::vector<uint8_t> pixels(64 * 64, 128);
  int refused = 0;
  const GrayImageView bad[] = {{0, 64, pixels.data(), 500},   {64, 64, nullptr, 500}, {64, 64, pixels.data(), NAN},
                               {64, 64, pixels.data(), 0},    {64, 64, pixels.data(), 1e6}, {5000, 64, pixels.data(), 500},
                               {64, 64, pixels.data(), 3000}};
  for (const GrayImageView& view : bad) {
    try {
      Extract(view);
    } catch (const InvalidInput&) {
      ++refused;
    }
  }
  Check(refused == 7, "invalid images throw InvalidInput", refused);
}

}  // namespace

int main() {
  CheckBoxMean();
  CheckOrientationAndPeriod();
  CheckThinning();
  CheckEndingDirection();
  CheckResampling();
  CheckRefusals();
  std::printf("%s\n", failures == 0 ? "all stage checks passed" : "STAGE CHECKS FAILED");
  return failures == 0 ? 0 : 1;
}
