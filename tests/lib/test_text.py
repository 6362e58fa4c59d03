import pytest

from assets.lib.text import CONTACT_MASK, clean_text, defuse_formula, fold, html_to_text, mask_contacts


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Venez&nbsp;réparer</p><p>vos objets&hellip;</p>", "Venez réparer\nvos objets…"),
        ("Bonjour<script>alert('x')</script> à tous", "Bonjour à tous"),
        ("<style>p{color:red}</style><b>Gras</b> &amp; <i>italique</i>", "Gras & italique"),
        ("&lt;p&gt;Double &lt;b&gt;échappé&lt;/b&gt;&lt;/p&gt;", "Double échappé"),  # escaped markup is still markup
        ("moins de 3 &lt; 5 places", "moins de 3 ‹ 5 places"),
        ("<img src=x onerror=alert(1)>Texte", "Texte"),
        ("Projection <<Demain>> et débat", "Projection ‹‹Demain›› et débat"),  # not a tag: kept as text
        ("Tarif < 5 € pour les <18 ans", "Tarif ‹ 5 € pour les ‹18 ans"),
        ("<<Repair Café>>", "‹‹Repair Café››"),
        ("Tom &amp;amp; Jerry", "Tom & Jerry"),  # escaped twice by a CMS
        ("a <!-- note --> b<BR>c", "a b\nc"),
        ("", ""),
    ],
)
def test_html_to_text_keeps_only_visible_text(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    "contact",
    ["+262 692 12 34 56", "0590 12 34 56", "+596 696 00 11 22",
     "marie.dupont@gmail.com", "mailto:jean@asso.fr", "06 12 34 56 78", "06.12.34.56.78", "0612345678",
     "+33 6 12 34 56 78", "+33 (0)4 78 00 00 00", "0033 1 23 45 67 89"],
)
def test_personal_contacts_are_masked(contact):
    masked, count = mask_contacts(f"Inscription : {contact} avant le 12/11")
    assert count == 1
    assert masked == f"Inscription : {CONTACT_MASK} avant le 12/11"


@pytest.mark.parametrize(
    "text", ["75011 Paris", "le 12/11/2019 de 14h à 17h30", "1 513 événements en 2010", "SIRET 12345678900012"]
)
def test_ordinary_numbers_are_not_taken_for_phones(text):
    assert mask_contacts(text) == (text, 0)


@pytest.mark.parametrize("cell", ["=1+1", "+33 est un indicatif", "-2 degrés", "@SUM(A1)", "\t=cmd"])
def test_formula_cells_are_defused(cell):
    assert defuse_formula(cell).startswith("'")


def test_clean_text_flattens_single_line_fields():
    assert clean_text("<p>Forum</p>\n<p>ESS</p>") == ("Forum ESS", 0)


def test_fold_ignores_case_accents_ligatures_and_punctuation():
    assert fold("  Œuvre SOLIDAIRE — Économie-circulaire ! ") == "oeuvre solidaire economie circulaire"
