// Standalone check of the comparison stages on synthetic minutiae sets with
// known ground truth: rotation by any angle, translation, cropping, jitter,
// missing and spurious minutiae. Build and run:
//   g++ -std=c++17 -O3 -march=x86-64 -Isrc tools/compare_synthetic.cc src/matcher/prepare.cc
//       src/matcher/compare/*.cc -o /tmp/compare_synthetic
#include <algorithm>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "matcher/compare/calibration.h"
#include "matcher/matcher.h"

using namespace ridgeline::matcher;

namespace {

constexpr double kPi = 3.14159265358979323846;

// CPU time of this thread: the machine is shared, so wall time would measure
// the neighbours' load rather than the matcher.
double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct Truth {
  Template tmpl;
  std::vector<int> origin;  // index in the master print, -1 for spurious
};

// A master "finger": minutiae spread over an area with directions following a
// smooth loop-like flow field, as real ridges do (random directions would make
// impostors unrealistically easy).
Template MakeFinger(std::mt19937& rng, int count) {
  std::uniform_real_distribution<double> ux(0, 300), uy(0, 400), u01(0, 1);
  const double cx = 150 + 60 * (u01(rng) - 0.5), cy = 170 + 60 * (u01(rng) - 0.5);
  Template t;
  t.width = 300;
  t.height = 400;
  t.ppi = 500;
  int guard = 0;
  while (static_cast<int>(t.minutiae.size()) < count && guard++ < 100000) {
    const double x = ux(rng), y = uy(rng);
    bool close = false;
    for (const Minutia& m : t.minutiae) close |= std::hypot(m.x - x, m.y - y) < 12;
    if (close) continue;
    const double flow = 0.5 * std::atan2(y - cy, x - cx) + 0.3 * std::sin(x / 90.0);
    Minutia m;
    m.x = static_cast<float>(x);
    m.y = static_cast<float>(y);
    m.direction = static_cast<float>(std::fmod(flow + (u01(rng) < 0.5 ? 0 : kPi) + 4 * kPi, 2 * kPi));
    m.type = u01(rng) < 0.5 ? MinutiaType::Ending : MinutiaType::Bifurcation;
    m.quality = static_cast<uint8_t>(40 + 60 * u01(rng));
    t.minutiae.push_back(m);
  }
  return t;
}

// Another impression: crop to `keep` of the area, drop/add minutiae, jitter,
// rotate by `angle` (screen CCW) about the origin, shift, and rescale to `ppi`.
Truth Impression(std::mt19937& rng, const Template& finger, double angle, double keep, double ppi) {
  std::uniform_real_distribution<double> u01(0, 1);
  std::normal_distribution<double> jitter(0, 2.0), turn(0, 0.08);
  const double side = std::sqrt(keep);
  const double w = finger.width * side, h = finger.height * side;
  const double x0 = u01(rng) * (finger.width - w), y0 = u01(rng) * (finger.height - h);
  const double shift_x = 200 * u01(rng) - 100, shift_y = 200 * u01(rng) - 100;
  const double s = ppi / 500.0, c = std::cos(angle), sn = std::sin(angle);
  Truth out;
  out.tmpl.ppi = ppi;
  out.tmpl.width = static_cast<int>(finger.width * s);
  out.tmpl.height = static_cast<int>(finger.height * s);
  auto place = [&](double x, double y, double dir, int origin) {
    x += jitter(rng);
    y += jitter(rng);
    Minutia m;
    m.x = static_cast<float>(s * (x * c + y * sn) + shift_x);
    m.y = static_cast<float>(s * (-x * sn + y * c) + shift_y);
    m.direction = static_cast<float>(std::fmod(dir + angle + turn(rng) + 8 * kPi, 2 * kPi));
    m.type = u01(rng) < 0.9 ? MinutiaType::Ending : MinutiaType::Bifurcation;
    m.quality = 50;
    out.tmpl.minutiae.push_back(m);
    out.origin.push_back(origin);
  };
  for (size_t i = 0; i < finger.minutiae.size(); ++i) {
    const Minutia& m = finger.minutiae[i];
    if (m.x < x0 || m.x > x0 + w || m.y < y0 || m.y > y0 + h) continue;
    if (u01(rng) < 0.15) continue;  // missed by the extractor
    place(m.x, m.y, m.direction, static_cast<int>(i));
  }
  const int spurious = static_cast<int>(0.15 * out.tmpl.minutiae.size());
  for (int k = 0; k < spurious; ++k) place(x0 + u01(rng) * w, y0 + u01(rng) * h, 2 * kPi * u01(rng), -1);
  // Extraction order is not geometric.
  std::vector<size_t> order(out.origin.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  Truth shuffled;
  shuffled.tmpl = out.tmpl;
  shuffled.tmpl.minutiae.clear();
  for (size_t i : order) {
    shuffled.tmpl.minutiae.push_back(out.tmpl.minutiae[i]);
    shuffled.origin.push_back(out.origin[i]);
  }
  return shuffled;
}

}  // namespace

int main() {
  std::mt19937 rng(12345);
  std::uniform_real_distribution<double> u01(0, 1);
  const int fingers = 60;
  std::vector<Template> masters;
  for (int f = 0; f < fingers; ++f) masters.push_back(MakeFinger(rng, 35 + static_cast<int>(25 * u01(rng))));

  std::vector<double> genuine, genuine_partial, impostor;
  int wrong_pairs = 0, total_pairs = 0, asymmetric = 0, score_mismatch = 0;
  const double ppis[] = {500, 569, 1000};
  for (int f = 0; f < fingers; ++f) {
    const Truth a = Impression(rng, masters[f], 2 * kPi * u01(rng), 1.0, ppis[f % 3]);
    const Truth b = Impression(rng, masters[f], 2 * kPi * u01(rng), 0.85, ppis[(f + 1) % 3]);
    const Truth p = Impression(rng, masters[f], 2 * kPi * u01(rng), 0.6, 500);
    const Truth other = Impression(rng, masters[(f + 1) % fingers], 2 * kPi * u01(rng), 0.85, 500);
    const PreparedPtr pa = Prepare(a.tmpl), pb = Prepare(b.tmpl), pp = Prepare(p.tmpl), po = Prepare(other.tmpl);
    const Comparison ab = Compare(*pa, *pb);
    const Comparison ba = Compare(*pb, *pa);
    if (ab.score != ba.score) ++asymmetric;
    if (Score(*pa, *pb) != ab.score) ++score_mismatch;
    for (const MinutiaPair& pair : ab.pairs) {
      ++total_pairs;
      const int oa = a.origin[pair.probe], ob = b.origin[pair.candidate];
      if (oa < 0 || oa != ob) ++wrong_pairs;
    }
    for (const MinutiaPair& pair : ba.pairs) {
      ++total_pairs;
      if (b.origin[pair.probe] < 0 || b.origin[pair.probe] != a.origin[pair.candidate]) ++wrong_pairs;
    }
    genuine.push_back(ab.score);
    genuine_partial.push_back(Score(*pa, *pp));
    impostor.push_back(Score(*pa, *po));
    impostor.push_back(Score(*pp, *po));
    if (f == 0) {
      std::printf("example transform: rotation %.3f scale %.3f dx %.1f dy %.1f, %zu pairs\n", ab.transform.rotation,
                  ab.transform.scale, ab.transform.dx, ab.transform.dy, ab.pairs.size());
    }
  }
  std::sort(genuine.begin(), genuine.end());
  std::sort(genuine_partial.begin(), genuine_partial.end());
  std::sort(impostor.begin(), impostor.end());
  std::printf("genuine   min %.1f median %.1f\n", genuine.front(), genuine[genuine.size() / 2]);
  std::printf("partial   min %.1f median %.1f\n", genuine_partial.front(), genuine_partial[genuine_partial.size() / 2]);
  std::printf("impostor  median %.1f max %.1f\n", impostor[impostor.size() / 2], impostor.back());
  std::printf("threshold %.1f\n", compare::kMatchThreshold);
  std::printf("pairs wrong %d / %d, asymmetric %d, Score!=Compare %d\n", wrong_pairs, total_pairs, asymmetric,
              score_mismatch);

  // Throughput of the hot path.
  std::vector<PreparedPtr> gallery;
  for (int f = 0; f < fingers; ++f) {
    gallery.push_back(Prepare(Impression(rng, masters[f], 2 * kPi * u01(rng), 0.85, 500).tmpl));
  }
  size_t bytes = 0;
  for (const PreparedPtr& g : gallery) bytes += PreparedSize(*g);
  double sink = 0;
  int comparisons = 0;
  const auto start = ThreadSeconds();
  for (int round = 0; round < 30; ++round) {
    for (const PreparedPtr& a : gallery) {
      for (const PreparedPtr& b : gallery) {
        sink += Score(*a, *b);
        ++comparisons;
      }
    }
  }
  const double seconds = ThreadSeconds() - start;
  std::printf("%.0f comparisons/s (one thread), mean prepared size %zu bytes (%g)\n", comparisons / seconds,
              bytes / gallery.size(), sink);
  const bool ok = asymmetric == 0 && score_mismatch == 0 && wrong_pairs * 20 <= total_pairs &&
                  genuine_partial.front() >= compare::kMatchThreshold && impostor.back() < compare::kMatchThreshold;
  std::printf("%s\n", ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
