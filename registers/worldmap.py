"""An SVG world map built on the server from the vendored world-atlas TopoJSON (Natural Earth data).

The paths are computed once per process (Equal Earth projection) and rendered as links, so the map
works without JavaScript and every country is reachable by keyboard.
"""

import itertools
import json
import math
from dataclasses import dataclass
from functools import cache

from django.conf import settings

from inspire.jurisdictions import alpha2_by_numeric

ATLAS_PATH = settings.BASE_DIR / "static" / "vendor" / "world-atlas" / "countries-50m.json"
WIDTH = 960.0
MIN_STEP = 1.0
MARKER_RADIUS = 1.5
# Equal Earth constants (Šavrič, Patterson and Jenny, 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
# Projected extent of the whole sphere, used to scale the map to WIDTH.
X_MAX = math.pi / (M * A1)


@dataclass(frozen=True)
class CountryShape:
    code: str  # ISO alpha-2
    d: str  # SVG path data


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Equal Earth projection of degrees to SVG coordinates (origin top left, y down)."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    scale = WIDTH / (2 * X_MAX)
    return (x + X_MAX) * scale, HEIGHT / 2 - y * scale


def _y_max() -> float:
    theta = math.asin(M)
    t2 = theta * theta
    t6 = t2 * t2 * t2
    return theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))


HEIGHT = round(WIDTH * _y_max() / X_MAX, 1)


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep longitudes continuous across the antimeridian; the overflow is clipped by the viewBox."""
    result = [ring[0]]
    offset = 0.0
    for (previous, _), (longitude, latitude) in itertools.pairwise(ring):
        if longitude - previous > 180:
            offset -= 360
        elif previous - longitude > 180:
            offset += 360
        result.append((longitude + offset, latitude))
    return result


def _ring_points(points: list[tuple[float, float]], min_step: float) -> list[tuple[int, int]]:
    """The ring's points on a whole-unit grid (a unit is a pixel at full width, under half of one on
    a phone), without those closer than min_step to the last one kept: invisible, heavy in bytes."""
    kept: list[tuple[int, int]] = []
    for x, y in points:
        point = (round(x), round(y))
        if not kept or abs(point[0] - kept[-1][0]) + abs(point[1] - kept[-1][1]) >= min_step:
            kept.append(point)
    return kept


def _relative(points: list[tuple[int, int]]) -> str:
    """An SVG path: a move to the first point, then each next one as a step from the last
    ("l dx,dy ..."), steps in the same direction joined into one: short numbers, a third of the
    bytes of absolute points."""
    steps: list[tuple[int, int]] = []
    for (px, py), (x, y) in itertools.pairwise(points):
        dx, dy = x - px, y - py
        if steps and steps[-1][0] * dy == steps[-1][1] * dx and steps[-1][0] * dx + steps[-1][1] * dy > 0:
            steps[-1] = (steps[-1][0] + dx, steps[-1][1] + dy)
        else:
            steps.append((dx, dy))
    x0, y0 = points[0]
    return f"M{x0},{y0}l" + " ".join(f"{dx},{dy}" for dx, dy in steps) + "z"


def _marker(x: float, y: float) -> str:
    """A small diamond for islands too small to see, so they can still be found and clicked."""
    r = MARKER_RADIUS
    return f"M{x:.1f},{y - r:.1f}L{x + r:.1f},{y:.1f}L{x:.1f},{y + r:.1f}L{x - r:.1f},{y:.1f}Z"


def _path_data(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        unwrapped = _unwrap(ring)
        if unwrapped[-1][0] - unwrapped[0][0] > 350:
            # A ring around the South Pole (Antarctica): close it along the bottom edge of the map.
            unwrapped += [(unwrapped[-1][0], -90.0), (unwrapped[0][0], -90.0)]
        points = [project(longitude, latitude) for longitude, latitude in unwrapped]
        kept = _ring_points(points, MIN_STEP)
        if len(kept) > 2:
            parts.append(_relative(kept))
    if not parts:
        x, y = project(*rings[0][0])
        parts.append(_marker(x, y))
    return "".join(parts)


@cache
def country_shapes() -> tuple[CountryShape, ...]:
    """One shape per ISO country on the map; shapes without an ISO id (disputed areas) are left out."""
    topology = json.loads(ATLAS_PATH.read_text())
    arcs = _decode_arcs(topology)
    by_numeric = alpha2_by_numeric()
    rings_by_code: dict[str, list[list[tuple[float, float]]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = by_numeric.get(geometry.get("id", ""))
        if not code:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = rings_by_code.setdefault(code, [])
        for polygon in polygons:
            rings.extend(_ring(ring, arcs) for ring in polygon)
    return tuple(CountryShape(code, _path_data(rings)) for code, rings in sorted(rings_by_code.items()))


def view_box() -> str:
    return f"0 0 {WIDTH:g} {HEIGHT:g}"
