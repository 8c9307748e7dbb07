// How far two local structures may differ and still be the same skin. Set
// for plain and rolled impressions at 500 ppi: elastic distortion grows with
// distance, so the length tolerance does too.
#pragma once

#include <cstdint>

namespace ridgeline::matcher::compare {

// Allowed |length difference| of two edges, in 500 ppi pixels.
#ifndef XP_LEN_BASE
#define XP_LEN_BASE 5
#define XP_LEN_DIV 10
#define XP_ANGLE 9
#define XP_DRIFT 24
#define XP_ALIGN 24.0
#define XP_NEIGH 8
#define XP_ROOTN 5
#define XP_ROOTS 10
#endif
constexpr int LengthTolerance(int length) { return XP_LEN_BASE + length / XP_LEN_DIV; }
// Allowed difference of an edge-relative minutia angle (1/256 turn, ~12 degrees).
constexpr int kAngleTolerance = XP_ANGLE;
// A grown pair may rotate this far from its root (1/256 turn, ~34 degrees):
// local distortion bends ridges, but not that much.
constexpr int kDriftTolerance = XP_DRIFT;
// After growth, pairs further than this (500 ppi pixels) from the best rigid
// alignment are chains that drifted; they are not kept.
constexpr double kAlignmentTolerance = XP_ALIGN;

#ifndef XP_VOTE_RATIO
#define XP_VOTE_RATIO 3
#endif
// Roots are grown while their votes are at least 1/kRootVoteRatio of the best.
constexpr int kRootVoteRatio = XP_VOTE_RATIO;

#ifndef XP_AUG_DIST
#define XP_AUG_DIST 12.0
#define XP_AUG_ANGLE 14
#endif
// A minutia left out by growth is paired after alignment when it lands this
// close (500 ppi pixels, 1/256 turn) to an unpaired minutia of the other print.
constexpr double kAugmentDistance = XP_AUG_DIST;
constexpr int kAugmentAngle = XP_AUG_ANGLE;
#ifndef XP_MIN_COMPLETE
#define XP_MIN_COMPLETE 3
#endif
// Completion by position needs an alignment supported by this many pairs.
constexpr int kMinPairsToComplete = XP_MIN_COMPLETE;

}  // namespace ridgeline::matcher::compare
