#include "matcher/extract/pipeline.h"

#include <algorithm>
#include <cmath>

#include "matcher/extract/binarise.h"
#include "matcher/extract/crop.h"
#include "matcher/extract/detect.h"
#include "matcher/extract/direction.h"
#include "matcher/extract/enhance.h"
#include "matcher/extract/filter.h"
#include "matcher/extract/frequency.h"
#include "matcher/extract/normalise.h"
#include "matcher/extract/orientation.h"
#include "matcher/extract/quality.h"
#include "matcher/extract/resample.h"
#include "matcher/extract/segment.h"
#include "matcher/extract/thin.h"
#include "matcher/extract/validate.h"

namespace ridgeline::matcher::extract {

namespace {

// Region of interest in source pixels, in blocks of about 8 working pixels.
RoiMask SourceMask(const GrayImageView& image, const Crop& crop, const WorkingImage& working, const Segmentation& seg) {
  RoiMask roi;
  roi.block_size = std::max(1, static_cast<int>(std::lround(2 * kCell / working.scale)));
  roi.columns = (image.width + roi.block_size - 1) / roi.block_size;
  roi.rows = (image.height + roi.block_size - 1) / roi.block_size;
  roi.foreground.assign(static_cast<size_t>(roi.columns) * roi.rows, 0);
  for (int by = 0; by < roi.rows; ++by) {
    for (int bx = 0; bx < roi.columns; ++bx) {
      const double sx = std::min(bx * roi.block_size + 0.5 * roi.block_size, image.width - 1.0);
      const double sy = std::min(by * roi.block_size + 0.5 * roi.block_size, image.height - 1.0);
      const double cx = sx - crop.x0, cy = sy - crop.y0;
      if (cx < 0 || cy < 0) continue;  // outside the crop: background
      const int wx = static_cast<int>((cx + 0.5) * working.scale);
      const int wy = static_cast<int>((cy + 0.5) * working.scale);
      roi.foreground[static_cast<size_t>(by) * roi.columns + bx] = seg.ContainsPixel(wx, wy) ? 1 : 0;
    }
  }
  return roi;
}

Minutia ToSource(const Candidate& c, const Crop& crop, const WorkingImage& working) {
  Minutia m;
  m.x = working.ToSourceX(static_cast<float>(c.x)) + static_cast<float>(crop.x0);
  m.y = working.ToSourceY(static_cast<float>(c.y)) + static_cast<float>(crop.y0);
  // Image coordinates have y down; ISO angles are counter-clockwise on screen.
  double angle = std::atan2(-std::sin(c.direction), std::cos(c.direction));
  if (angle < 0) angle += 2 * M_PI;
  if (angle >= 2 * M_PI) angle = 0;
  m.direction = static_cast<float>(angle);
  m.type = c.type;
  m.quality = static_cast<uint8_t>(std::clamp(std::lround(c.quality * 100.0f), 0L, 100L));
  return m;
}

}  // namespace

Features RunPipeline(const GrayImageView& image, PipelineTrace* trace) {
  ValidateImage(image);
  const Crop crop = CropToPrint(image);
  WorkingImage working = ResampleToWorking(crop.view);
  FloatGrid ridges = Normalise(working.pixels);
  const OrientationField field = EstimateOrientation(working.pixels);
  // Large images: each full-resolution grid is released once no stage needs it.
  FloatGrid().data.swap(working.pixels.data);
  const Segmentation seg = Segment(field);
  const RidgePeriod period = EstimatePeriod(ridges, field, seg);
  FloatGrid enhanced = Enhance(ridges, field, period, seg);
  FloatGrid().data.swap(ridges.data);
  ByteGrid skeleton = Thin(Binarise(enhanced));
  if (trace == nullptr) FloatGrid().data.swap(enhanced.data);
  std::vector<Candidate> candidates = DetectCandidates(skeleton, seg);
  AssignDirections(candidates, field);
  FilterCandidates(candidates, seg, period, field);
  AssignQuality(candidates, field, seg);

  Features features;
  features.tmpl.width = image.width;
  features.tmpl.height = image.height;
  features.tmpl.ppi = image.ppi;
  for (const Candidate& c : candidates)
    if (!c.removed) features.tmpl.minutiae.push_back(ToSource(c, crop, working));
  if (features.tmpl.minutiae.size() > kMaxMinutiae) {
    std::stable_sort(features.tmpl.minutiae.begin(), features.tmpl.minutiae.end(),
                     [](const Minutia& a, const Minutia& b) { return a.quality > b.quality; });
    features.tmpl.minutiae.resize(kMaxMinutiae);
  }
  features.roi = SourceMask(image, crop, working, seg);
  features.quality = PrintQuality(candidates, field, seg, kWorkingPpi);

  if (trace != nullptr) {
    trace->scale = working.scale;
    trace->crop_x = crop.x0;
    trace->crop_y = crop.y0;
    trace->enhanced = std::move(enhanced);
    trace->skeleton = std::move(skeleton);
    trace->roi_cells = seg.cells;
    trace->candidates = std::move(candidates);
  }
  return features;
}

}  // namespace ridgeline::matcher::extract
