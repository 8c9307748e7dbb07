#include "wsq/subband_tree.h"

namespace ridgeline::wsq {
namespace {

// Splits a length in two. The first part gets the extra sample of an odd
// length unless that part is the highpass half of an inverted split.
void halve(int length, bool shortFirst, int& first, int& second) {
  if (length % 2 == 0) {
    first = second = length / 2;
  } else if (shortFirst) {
    first = (length - 1) / 2;
    second = first + 1;
  } else {
    first = (length + 1) / 2;
    second = first - 1;
  }
}

// Records node `parent` and the quadrants `child`..`child+3` (top-left,
// top-right, bottom-left, bottom-right) of its split. The bottom-right quadrant
// of the first split is the uncoded subband group, so it is not recorded.
void splitNode(std::array<TransformNode, kTransformNodes>& nodes, int parent, int child, int width, int height, int x,
               int y, bool recordFourth) {
  TransformNode& p = nodes[parent];
  p.x = x;
  p.y = y;
  p.width = width;
  p.height = height;
  int leftW, rightW, topH, bottomH;
  halve(width, parent == 4, leftW, rightW);
  halve(height, parent == 5, topH, bottomH);
  nodes[child] = {x, y, leftW, topH, nodes[child].invertRows, nodes[child].invertColumns};
  nodes[child + 1] = {x + leftW, y, rightW, topH, nodes[child + 1].invertRows, nodes[child + 1].invertColumns};
  nodes[child + 2] = {x, y + topH, leftW, bottomH, nodes[child + 2].invertRows, nodes[child + 2].invertColumns};
  if (recordFourth) {
    nodes[child + 3] = {x + leftW, y + topH, rightW, bottomH, nodes[child + 3].invertRows, nodes[child + 3].invertColumns};
  }
}

// Splits a region into 2x2 subbands starting at `first` (raster order).
void quad(std::array<Subband, 64>& bands, int first, int width, int height, int x, int y) {
  int leftW, rightW, topH, bottomH;
  halve(width, false, leftW, rightW);
  halve(height, false, topH, bottomH);
  bands[first] = {x, y, leftW, topH};
  bands[first + 1] = {x + leftW, y, rightW, topH};
  bands[first + 2] = {x, y + topH, leftW, bottomH};
  bands[first + 3] = {x + leftW, y + topH, rightW, bottomH};
}

// A 4x4 group of subbands: the region is split once into quadrants (an
// inverted first split puts the short half first along that axis), then each quadrant into 2x2 subbands. Quadrants that came from
// a highpass half are split with their own odd-length rule (short half
// first), which the specification spells out per quadrant.
void group16(std::array<Subband, 64>& bands, int first, int width, int height, int x, int y, bool shortFirstX,
             bool shortFirstY) {
  int leftW, rightW, topH, bottomH;
  halve(width, shortFirstX, leftW, rightW);
  halve(height, shortFirstY, topH, bottomH);

  // Top-left quadrant: ordinary split.
  quad(bands, first, leftW, topH, x, y);
  const Subband& tl0 = bands[first];
  const Subband& tl1 = bands[first + 1];
  const Subband& tl2 = bands[first + 2];

  // Top-right quadrant: x split with the short half first, y as the top-left.
  int trLeft, trRight;
  halve(rightW, true, trLeft, trRight);
  bands[first + 4] = {x + leftW, y, trLeft, tl0.height};
  bands[first + 5] = {x + leftW + trLeft, y, trRight, tl0.height};
  bands[first + 6] = {x + leftW, tl2.y, trLeft, tl2.height};
  bands[first + 7] = {x + leftW + trLeft, tl2.y, trRight, tl2.height};

  // Bottom-left quadrant: y split with the short half first, x as the top-left.
  int blTop, blBottom;
  halve(bottomH, true, blTop, blBottom);
  bands[first + 8] = {x, y + topH, tl0.width, blTop};
  bands[first + 9] = {tl1.x, y + topH, tl1.width, blTop};
  bands[first + 10] = {x, y + topH + blTop, tl0.width, blBottom};
  bands[first + 11] = {tl1.x, y + topH + blTop, tl1.width, blBottom};

  // Bottom-right quadrant: x as the top-right, y as the bottom-left.
  for (int i = 0; i < 4; ++i) {
    const Subband& column = bands[first + 4 + (i % 2)];
    const Subband& row = bands[first + 8 + (i / 2) * 2];
    bands[first + 12 + i] = {column.x, row.y, column.width, row.height};
  }
}

}  // namespace

SubbandTree buildSubbandTree(int width, int height) {
  SubbandTree tree;
  auto& n = tree.nodes;
  for (int i : {2, 4, 7, 9, 11, 13, 16, 18}) n[i].invertRows = true;
  for (int i : {3, 5, 8, 9, 12, 13, 17, 18}) n[i].invertColumns = true;

  splitNode(n, 0, 1, width, height, 0, 0, false);
  int w1 = n[1].width, h1 = n[1].height;
  int lenx = (w1 + 1) / 2, lenx2 = w1 % 2 == 0 ? lenx : lenx - 1;
  int leny = (h1 + 1) / 2, leny2 = h1 % 2 == 0 ? leny : leny - 1;
  splitNode(n, 4, 6, lenx2, leny, lenx, 0, true);
  splitNode(n, 5, 10, lenx, leny2, 0, leny, true);
  splitNode(n, 14, 15, lenx, leny, 0, 0, true);
  n[19].x = 0;
  n[19].y = 0;
  n[19].width = (n[15].width + 1) / 2;
  n[19].height = (n[15].height + 1) / 2;

  auto& b = tree.subbands;
  group16(b, 3, n[14].width, n[14].height, n[14].x, n[14].y, false, false);
  group16(b, 19, n[4].width, n[4].height, n[4].x, n[4].y, true, false);
  group16(b, 48, n[0].width, n[0].height, n[0].x, n[0].y, false, false);
  group16(b, 35, n[5].width, n[5].height, n[5].x, n[5].y, false, true);
  quad(b, 0, n[19].width, n[19].height, n[19].x, n[19].y);
  return tree;
}

}  // namespace ridgeline::wsq
