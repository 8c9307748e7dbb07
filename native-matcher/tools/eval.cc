// Evaluation harness for extraction + comparison on FVC-layout databases
// (DIR/DB*_B/<finger>_<impression>.tif), following the protocol in
// ../shared/fpdata/README.md exactly: genuine = all i<j impressions per finger,
// FVC impostors = impression 1 of a vs b (a<b), extended impostors = every
// impression of a vs every impression of b (a<b); FVC2000 EER definition.
//
// Build (from native-matcher/):
//   g++ -std=c++17 -O3 -march=x86-64 -Isrc tools/eval.cc $(find src/matcher/extract src/matcher/compare -name '*.cc')
//       src/matcher/extract.cc src/matcher/prepare.cc -o /tmp/ridgeline-eval
// Run: /tmp/ridgeline-eval [--data DIR] [--db NAME ...] [--ppi N | --ppi NAME=N ...] [--dump FILE.tsv] [--cache PREFIX]
// DIR defaults to $RIDGELINE_FPDATA/fvc2002, else ../../shared/fpdata/fvc2002;
// without --db every folder of DIR holding 101_1.tif is evaluated.
// Resolution: --ppi (for all, or per database), else the TIFF's resolution
// tags, else 500 with a warning. No rule is keyed on a folder's name: FVC2002
// states no resolution, so its DB2_B needs --ppi DB2_B=569 (see
// test/bench/datasets/fvc2002.json for the nominal values).
// Timings are CPU time of the calling thread (the build machine is shared).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "matcher/compare/calibration.h"
#include "matcher/compare/pairing.h"
#include "matcher/compare/prepared.h"
#include "matcher/matcher.h"

using namespace ridgeline::matcher;

namespace {

double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// ---- Minimal baseline TIFF reader: 8-bit, one sample, uncompressed strips. ----
struct Image {
  int width = 0, height = 0;
  double ppi = 0;  // from the resolution tags; 0 when the file states none
  std::vector<uint8_t> pixels;
};

Image ReadTiff(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  const std::vector<uint8_t> d((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (d.size() < 8) throw std::runtime_error("not a TIFF: " + path);
  const bool little = d[0] == 'I' && d[1] == 'I';
  if (!little && !(d[0] == 'M' && d[1] == 'M')) throw std::runtime_error("not a TIFF: " + path);
  auto u16 = [&](size_t o) -> uint32_t {
    if (o + 2 > d.size()) throw std::runtime_error("truncated TIFF");
    return little ? d[o] | d[o + 1] << 8 : d[o] << 8 | d[o + 1];
  };
  auto u32 = [&](size_t o) -> uint32_t {
    if (o + 4 > d.size()) throw std::runtime_error("truncated TIFF");
    return little ? u16(o) | u16(o + 2) << 16 : u16(o) << 16 | u16(o + 2);
  };
  const size_t ifd = u32(4);
  const uint32_t entries = u16(ifd);
  uint32_t bits = 1, compression = 1, photometric = 1, samples = 1, unit = 2;
  double x_resolution = 0;
  std::vector<uint32_t> offsets, counts;
  Image img;
  auto values = [&](size_t entry) {
    const uint32_t type = u16(entry + 2), count = u32(entry + 4);
    const size_t size = type == 3 ? 2 : 4;
    const size_t base = count * size <= 4 ? entry + 8 : u32(entry + 8);
    std::vector<uint32_t> out;
    for (uint32_t k = 0; k < count; ++k) out.push_back(type == 3 ? u16(base + k * 2) : u32(base + k * 4));
    return out;
  };
  for (uint32_t e = 0; e < entries; ++e) {
    const size_t entry = ifd + 2 + 12 * e;
    const uint32_t tag = u16(entry);
    const std::vector<uint32_t> v = values(entry);
    if (v.empty()) continue;
    switch (tag) {
      case 256: img.width = static_cast<int>(v[0]); break;
      case 257: img.height = static_cast<int>(v[0]); break;
      case 258: bits = v[0]; break;
      case 259: compression = v[0]; break;
      case 262: photometric = v[0]; break;
      case 273: offsets = v; break;
      case 277: samples = v[0]; break;
      case 279: counts = v; break;
      case 282: {  // RATIONAL: numerator and denominator at the value offset
        const size_t at = u32(entry + 8);
        if (u16(entry + 2) == 5 && u32(at + 4) != 0) x_resolution = static_cast<double>(u32(at)) / u32(at + 4);
        break;
      }
      case 296: unit = v[0]; break;
      default: break;
    }
  }
  if (bits != 8 || compression != 1 || samples != 1 || offsets.size() != counts.size() || img.width <= 0 ||
      img.height <= 0) {
    throw std::runtime_error("unsupported TIFF (need 8-bit gray, uncompressed): " + path);
  }
  for (size_t s = 0; s < offsets.size(); ++s) {
    if (offsets[s] + static_cast<size_t>(counts[s]) > d.size()) throw std::runtime_error("truncated TIFF strip");
    img.pixels.insert(img.pixels.end(), d.begin() + offsets[s], d.begin() + offsets[s] + counts[s]);
  }
  img.pixels.resize(static_cast<size_t>(img.width) * img.height, 255);
  if (photometric == 0) {
    for (uint8_t& p : img.pixels) p = static_cast<uint8_t>(255 - p);
  }
  if (x_resolution > 0 && unit == 2) img.ppi = x_resolution;
  if (x_resolution > 0 && unit == 3) img.ppi = x_resolution * 2.54;
  return img;
}

// ---- Template cache (raw struct dump; a development aid, not a format) ----
bool LoadTemplate(const std::string& path, Template& t) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  uint32_t n = 0;
  in.read(reinterpret_cast<char*>(&t.width), sizeof t.width);
  in.read(reinterpret_cast<char*>(&t.height), sizeof t.height);
  in.read(reinterpret_cast<char*>(&t.ppi), sizeof t.ppi);
  in.read(reinterpret_cast<char*>(&n), sizeof n);
  t.minutiae.resize(n);
  in.read(reinterpret_cast<char*>(t.minutiae.data()), n * sizeof(Minutia));
  return static_cast<bool>(in);
}

void SaveTemplate(const std::string& path, const Template& t) {
  std::ofstream out(path, std::ios::binary);
  const uint32_t n = static_cast<uint32_t>(t.minutiae.size());
  out.write(reinterpret_cast<const char*>(&t.width), sizeof t.width);
  out.write(reinterpret_cast<const char*>(&t.height), sizeof t.height);
  out.write(reinterpret_cast<const char*>(&t.ppi), sizeof t.ppi);
  out.write(reinterpret_cast<const char*>(&n), sizeof n);
  out.write(reinterpret_cast<const char*>(t.minutiae.data()), n * sizeof(Minutia));
}

// ---- Protocol ----
struct Rates {
  double eer = 0, fnmr_at_1 = 0, fnmr_at_01 = 0;
};

double Share(const std::vector<double>& sorted, double t, bool at_least) {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), t);
  const double below = static_cast<double>(it - sorted.begin());
  return (at_least ? sorted.size() - below : below) / sorted.size();
}

Rates Evaluate(std::vector<double> genuine, std::vector<double> impostor) {
  std::sort(genuine.begin(), genuine.end());
  std::sort(impostor.begin(), impostor.end());
  std::vector<double> thresholds(genuine);
  thresholds.insert(thresholds.end(), impostor.begin(), impostor.end());
  std::sort(thresholds.begin(), thresholds.end());
  thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
  thresholds.push_back(thresholds.back() + 1);
  auto fmr = [&](double t) { return Share(impostor, t, true); };
  auto fnmr = [&](double t) { return Share(genuine, t, false); };
  double t1 = thresholds.front(), t2 = thresholds.back();
  bool have1 = false, have2 = false;
  for (double t : thresholds) {
    if (fnmr(t) <= fmr(t)) t1 = t, have1 = true;
    if (!have2 && fnmr(t) >= fmr(t)) t2 = t, have2 = true;
  }
  (void)have1;
  Rates r;
  double low, high;
  if (fnmr(t1) + fmr(t1) <= fmr(t2) + fnmr(t2)) {
    low = fnmr(t1), high = fmr(t1);
  } else {
    low = fmr(t2), high = fnmr(t2);
  }
  r.eer = (low + high) / 2;
  r.fnmr_at_1 = r.fnmr_at_01 = 1;
  for (double t : thresholds) {
    if (fmr(t) <= 0.01) r.fnmr_at_1 = std::min(r.fnmr_at_1, fnmr(t));
    if (fmr(t) <= 0.001) r.fnmr_at_01 = std::min(r.fnmr_at_01, fnmr(t));
  }
  return r;
}

struct Database {
  std::string name;
  double ppi = 500;
  std::vector<PreparedPtr> prints;  // index (finger - 101) * 8 + (impression - 1)
  std::vector<double> genuine, fvc_impostor, extended_impostor;
  double median_extract_ms = 0;
  double comparisons_per_second = 0;      // different-finger pairs (the 1:N workload)
  double comparisons_per_second_all = 0;  // every ordered pair
  size_t mean_template_bytes = 0;
  double mean_minutiae = 0;
};

constexpr int kFingers = 10, kImpressions = 8;

}  // namespace

int Run(int argc, char** argv);

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "eval: %s (is the FVC data present? see --data)\n", e.what());
    return 1;
  }
}

int Run(int argc, char** argv) {
  const char* fpdata = std::getenv("RIDGELINE_FPDATA");
  std::string data = fpdata != nullptr ? std::string(fpdata) + "/fvc2002" : "../../shared/fpdata/fvc2002";
  std::vector<std::string> names;
  std::string dump;
  // Optional file of extracted templates, so comparison changes can be
  // measured without re-running extraction (delete it when extraction changes).
  std::string cache;
  double ppi_all = 0;
  std::map<std::string, double> ppi;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (a == "--db" && i + 1 < argc) names.push_back(argv[++i]);
    else if (a == "--ppi" && i + 1 < argc) {
      const std::string v = argv[++i];
      const size_t eq = v.find('=');
      if (eq == std::string::npos) ppi_all = std::atof(v.c_str());
      else ppi[v.substr(0, eq)] = std::atof(v.c_str() + eq + 1);
    }
    else if (a == "--dump" && i + 1 < argc) dump = argv[++i];
    else if (a == "--cache" && i + 1 < argc) cache = argv[++i];
    else {
      std::fprintf(stderr,
                   "usage: eval [--data DIR] [--db NAME]... [--ppi N | --ppi NAME=N]... [--dump scores.tsv] "
                   "[--cache PREFIX]\n");
      return 2;
    }
  }
  if (names.empty()) {
    for (const auto& entry : std::filesystem::directory_iterator(data)) {
      if (std::filesystem::exists(entry.path() / "101_1.tif")) names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
  }
  FILE* out = dump.empty() ? nullptr : std::fopen(dump.c_str(), "w");
  if (out) std::fprintf(out, "db\tkind\ta\tb\tscore\tpairs\tsupport\tna\tnb\tsame_type\tresidual\taugmented\tcloseness\n");

  std::vector<Database> dbs;
  for (const std::string& name : names) {
    Database db;
    db.name = name;
    db.ppi = ppi.count(name) ? ppi.at(name) : ppi_all;
    bool defaulted = false;
    std::vector<double> extract_ms;
    size_t bytes = 0, minutiae = 0;
    for (int f = 0; f < kFingers; ++f) {
      for (int k = 0; k < kImpressions; ++k) {
        const std::string path = data + "/" + name + "/" + std::to_string(101 + f) + "_" + std::to_string(k + 1) + ".tif";
        Features features;
        const std::string cached = cache.empty() ? "" : cache + "." + name + "." + std::to_string(f * 8 + k);
        if (!cached.empty() && LoadTemplate(cached, features.tmpl)) {
          extract_ms.push_back(0);
        } else {
          const Image img = ReadTiff(path);
          double image_ppi = db.ppi > 0 ? db.ppi : img.ppi;
          if (image_ppi <= 0) image_ppi = 500, defaulted = true;
          GrayImageView view{img.width, img.height, img.pixels.data(), image_ppi};
          const double t0 = ThreadSeconds();
          features = Extract(view);
          extract_ms.push_back((ThreadSeconds() - t0) * 1000);
          if (!cached.empty()) SaveTemplate(cached, features.tmpl);
        }
        db.prints.push_back(Prepare(features.tmpl));
        bytes += PreparedSize(*db.prints.back());
        minutiae += features.tmpl.minutiae.size();
      }
    }
    if (defaulted) std::fprintf(stderr, "eval: %s: images state no resolution and no --ppi given; assumed 500\n", name.c_str());
    std::sort(extract_ms.begin(), extract_ms.end());
    db.median_extract_ms = extract_ms[extract_ms.size() / 2];
    db.mean_template_bytes = bytes / db.prints.size();
    db.mean_minutiae = static_cast<double>(minutiae) / db.prints.size();

    auto record = [&](const char* kind, int a, int b, std::vector<double>& into) {
      compare::PairingEvidence ev;
      compare::Explanation explain;
      explain.evidence = &ev;
      const PreparedTemplate& pa = *db.prints[a];
      const PreparedTemplate& pb = *db.prints[b];
      const double s = compare::ProbeFirst(pa, pb) ? compare::CompareOrdered(pa, pb, explain)
                                                   : compare::CompareOrdered(pb, pa, explain);
      into.push_back(s);
      if (out) {
        std::fprintf(out, "%s\t%s\t%d_%d\t%d_%d\t%.4f\t%d\t%d\t%d\t%d\t%d\t%.2f\t%d\t%.3f\n", name.c_str(), kind, 101 + a / 8,
                     a % 8 + 1, 101 + b / 8, b % 8 + 1, s, ev.pairs, ev.support, ev.probe_count, ev.candidate_count,
                     ev.same_type, ev.mean_residual, ev.augmented, ev.closeness);
      }
    };
    for (int f = 0; f < kFingers; ++f) {
      for (int i = 0; i < kImpressions; ++i) {
        for (int j = i + 1; j < kImpressions; ++j) record("genuine", f * 8 + i, f * 8 + j, db.genuine);
      }
    }
    for (int a = 0; a < kFingers; ++a) {
      for (int b = a + 1; b < kFingers; ++b) {
        record("fvc", a * 8, b * 8, db.fvc_impostor);
        for (int i = 0; i < kImpressions; ++i) {
          for (int j = 0; j < kImpressions; ++j) record("extended", a * 8 + i, b * 8 + j, db.extended_impostor);
        }
      }
    }
    // Throughput of the Score() hot path, CPU time of this thread. In 1:N
    // search almost every comparison is against another finger, so the
    // headline figure uses different-finger pairs; all ordered pairs
    // (including same-finger ones, which grow large pairings) are also shown.
    double sink = 0;
    for (int all = 0; all < 2; ++all) {
      long comparisons = 0;
      const double t0 = ThreadSeconds();
      for (int round = 0; round < 3; ++round) {
        for (size_t a = 0; a < db.prints.size(); ++a) {
          for (size_t b = 0; b < db.prints.size(); ++b) {
            if (!all && a / kImpressions == b / kImpressions) continue;
            sink += Score(*db.prints[a], *db.prints[b]);
            ++comparisons;
          }
        }
      }
      (all ? db.comparisons_per_second_all : db.comparisons_per_second) = comparisons / (ThreadSeconds() - t0);
    }
    if (sink < 0) std::printf("impossible\n");  // keeps the loop from being optimised away
    dbs.push_back(std::move(db));
  }
  if (out) std::fclose(out);

  // FMR at the product's threshold on each database: calibration must hold on every sensor.
  const auto fmr_at_threshold = [](const std::vector<double>& impostor) {
    return static_cast<double>(std::count_if(impostor.begin(), impostor.end(),
                                             [](double s) { return s >= compare::kMatchThreshold; })) /
           impostor.size();
  };
  std::printf("%-8s %9s %9s %9s %9s %9s %9s %9s %7s %7s %8s\n", "database", "EER(FVC)", "EER(ext)", "FNMR@1%",
              "FNMR@.1%", "extr ms", "cmp/s", "cmp/s all", "bytes", "minut", "FMR@thr");
  std::vector<double> all_genuine, all_fvc, all_extended;
  for (const Database& db : dbs) {
    const Rates fvc = Evaluate(db.genuine, db.fvc_impostor);
    const Rates ext = Evaluate(db.genuine, db.extended_impostor);
    std::printf("%-8s %8.2f%% %8.2f%% %8.2f%% %8.2f%% %9.1f %9.0f %9.0f %7zu %7.1f %7.2f%%\n", db.name.c_str(),
                100 * fvc.eer, 100 * ext.eer, 100 * ext.fnmr_at_1, 100 * ext.fnmr_at_01, db.median_extract_ms,
                db.comparisons_per_second, db.comparisons_per_second_all, db.mean_template_bytes, db.mean_minutiae,
                100 * fmr_at_threshold(db.extended_impostor));
    all_genuine.insert(all_genuine.end(), db.genuine.begin(), db.genuine.end());
    all_fvc.insert(all_fvc.end(), db.fvc_impostor.begin(), db.fvc_impostor.end());
    all_extended.insert(all_extended.end(), db.extended_impostor.begin(), db.extended_impostor.end());
  }
  const Rates fvc = Evaluate(all_genuine, all_fvc);
  const Rates ext = Evaluate(all_genuine, all_extended);
  std::printf("%-8s %8.2f%% %8.2f%% %8.2f%% %8.2f%% %59.2f%%\n", "pooled", 100 * fvc.eer, 100 * ext.eer,
              100 * ext.fnmr_at_1, 100 * ext.fnmr_at_01, 100 * fmr_at_threshold(all_extended));
  // Calibration aid: the extended-impostor score quantiles behind kMatchThreshold.
  std::sort(all_extended.begin(), all_extended.end());
  const auto quantile = [&](double fmr) {
    return all_extended[std::min(all_extended.size() - 1, static_cast<size_t>((1 - fmr) * all_extended.size()))];
  };
  std::printf("pooled extended impostor scores: max %.2f, FMR 0.1%% at >= %.2f, FMR 1%% at >= %.2f (n=%zu)\n",
              all_extended.back(), quantile(0.001), quantile(0.01), all_extended.size());
  return 0;
}
