"""The report's département outlines: the vendored file is the dissolve of the vendored commune contours."""

import shapely

from assets.lib.maps import dissolve_departements, read_departement_shapes
from assets.lib.reference import REFERENCE_DIR, load_commune_contours, load_communes, load_departement_contours


def test_the_vendored_departement_contours_are_the_dissolved_commune_contours():
    """scripts/build_reference.py writes contours/departements.geoparquet with dissolve_departements(); the file
    must hold exactly (same WKB, so the same map bytes) what that function gives on the vendored contours."""
    vendored = load_departement_contours()
    dissolved = dissolve_departements(load_commune_contours(), load_communes())
    assert vendored["code_departement"].tolist() == dissolved["code_departement"].tolist()
    assert len(vendored) == 101  # every département, DROM included
    assert vendored.crs == dissolved.crs
    different = [code for code, a, b in zip(vendored["code_departement"], shapely.to_wkb(vendored.geometry.values),
                                            shapely.to_wkb(dissolved.geometry.values), strict=True) if a != b]
    assert different == []


def test_the_report_reads_the_same_outlines_from_the_warehouse(tmp_path):
    """The departement_contours asset stores the vendored polygons as WKB; read back, they are the same bytes."""
    import dagster as dg
    import duckdb

    from assets.reference import departement_contours
    from pipelines.definitions import build_resources

    resources = build_resources(tmp_path, reference_dir=REFERENCE_DIR)
    assert dg.materialize([departement_contours], resources=resources).success
    with duckdb.connect(str(tmp_path / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        shapes = read_departement_shapes(con)
    vendored = load_departement_contours()
    assert shapes["code_departement"].tolist() == vendored["code_departement"].tolist()
    assert shapely.to_wkb(shapes.geometry.values).tolist() == shapely.to_wkb(vendored.geometry.values).tolist()
    assert shapes.crs == vendored.crs


def test_the_outlines_are_kept_for_their_reference_and_drawn_again_for_another(tmp_path):
    """kept_map_geometry: the next run takes the outlines kept for the same reference without reading the shapes;
    another reference key, or a memo that does not load, draws them again."""
    from assets.lib.maps import kept_map_geometry, map_geometry

    shapes = load_departement_contours()
    memo, reads = tmp_path / "outlines.pickle", []

    def read_shapes():
        reads.append(1)
        return shapes

    drawn = kept_map_geometry(memo, "reference-1", read_shapes)
    assert drawn == map_geometry(shapes) and len(reads) == 1
    assert kept_map_geometry(memo, "reference-1", read_shapes) == drawn and len(reads) == 1
    assert kept_map_geometry(memo, "reference-2", read_shapes) == drawn and len(reads) == 2
    memo.write_bytes(b"not a pickle")
    assert kept_map_geometry(memo, "reference-2", read_shapes) == drawn and len(reads) == 3
