// How far two local structures may differ and still be the same skin. Set
// for plain and rolled impressions at 500 ppi: elastic distortion grows with
// distance, so the length tolerance does too.
#pragma once

#include <cstdint>

namespace ridgeline::matcher::compare {

// Allowed |length difference| of two edges, in 500 ppi pixels.
constexpr int LengthTolerance(int length) { return 5 + length / 10; }
// Allowed difference of an edge-relative minutia angle (1/256 turn, ~12 degrees).
constexpr int kAngleTolerance = 9;
// A grown pair may rotate this far from its root (1/256 turn, ~34 degrees):
// local distortion bends ridges, but not that much.
constexpr int kDriftTolerance = 24;
// After growth, pairs further than this (500 ppi pixels) from the best rigid
// alignment are chains that drifted; they are not kept.
constexpr double kAlignmentTolerance = 24.0;

// Roots are grown while their votes are at least 1/kRootVoteRatio of the best.
constexpr int kRootVoteRatio = 3;

// A minutia left out by growth is paired after alignment when it lands this
// close (500 ppi pixels, 1/256 turn) to an unpaired minutia of the other print.
constexpr double kAugmentDistance = 12.0;
constexpr int kAugmentAngle = 14;
// Completion by position needs an alignment supported by this many pairs.
constexpr int kMinPairsToComplete = 3;

}  // namespace ridgeline::matcher::compare
