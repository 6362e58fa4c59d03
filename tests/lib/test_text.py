import pytest

from assets.lib.text import (
    CONTACT_MASK,
    clean_text,
    defuse_formula,
    fold,
    html_to_text,
    markdown_to_text,
    mask_contacts,
)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Venez&nbsp;réparer</p><p>vos objets&hellip;</p>", "Venez réparer\n\nvos objets…"),
        ("Bonjour<script>alert('x')</script> à tous", "Bonjour à tous"),
        ("<style>p{color:red}</style><b>Gras</b> &amp; <i>italique</i>", "Gras & italique"),
        ("&lt;p&gt;Double &lt;b&gt;échappé&lt;/b&gt;&lt;/p&gt;", "Double échappé"),  # escaped markup is still markup
        ("moins de 3 &lt; 5 places", "moins de 3 < 5 places"),
        ("<img src=x onerror=alert(1)>Texte", "Texte"),
        ("Projection <<Demain>> et débat", "Projection «Demain» et débat"),  # typed guillemets, not a tag
        ("Tarif < 5 € pour les <18 ans", "Tarif < 5 € pour les <18 ans"),  # typed signs kept
        ("<<Repair Café>>", "«Repair Café»"),
        ("Mini-mercredi > visites <b>guidées</b>", "Mini-mercredi > visites guidées"),
        ("Salle <Bleue> au 1er", "Salle ‹Bleue› au 1er"),  # would read as a tag: the only brackets changed
        ("<p>Un\n  deux</p>\n<ul><li>a</li><li>b</li></ul>", "Un deux\n\na\nb"),  # HTML white space
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


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Premier paragraphe.\n\n\n\nSecond   paragraphe,\nsa suite.  ",
         "Premier paragraphe.\n\nSecond   paragraphe,\nsa suite."),
        ("Entrée < 5 € ; enfants > 6 ans", "Entrée < 5 € ; enfants > 6 ans"),
        ("a\r\n\r\nb", "a\n\nb"),
    ],
)
def test_plain_text_keeps_paragraphs_spaces_and_typed_brackets(source, text):
    assert clean_text(source, multiline=True) == (text, 0)


def test_published_text_passes_the_markup_gate():
    from assets.lib.privacy import _MARKUP

    for source in ["<<Demain>>", "x <Demain < 5 > y", "< script>", "<!doctype x>", "&lt;Bleu&gt; < 3"]:
        text = clean_text(source, multiline=True)[0]
        assert not _MARKUP.search(text), (source, text)


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("### **Dans** _**Circular Breathing**_ de Tom", "Dans Circular Breathing de Tom"),
        ("Tarifs \\> 5 € et \\< 10 €\n\nSuite", "Tarifs > 5 € et < 10 €\n\nSuite"),
        ("Voir [le programme](https://exemple.org/p) ici", "Voir le programme ici"),
        ("[clic](javascript:alert(1)) <script>x()</script>fin", "clic fin"),
        ("- un\n- deux\n\n1. trois", "un\ndeux\n\ntrois"),
        ("ligne 1\nligne 2", "ligne 1\nligne 2"),
    ],
)
def test_markdown_is_rendered_to_plain_text(markdown, text):
    assert markdown_to_text(markdown) == text


def test_clean_text_flattens_single_line_fields():
    assert clean_text("<p>Forum</p>\n<p>ESS</p>") == ("Forum ESS", 0)


def test_fold_ignores_case_accents_ligatures_and_punctuation():
    assert fold("  Œuvre SOLIDAIRE — Économie-circulaire ! ") == "oeuvre solidaire economie circulaire"
