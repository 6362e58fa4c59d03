"""Cross-source deduplication with descriptions: the organiser's text pasted in two agendas makes two reworded titles
one event; a shared « about us » paragraph, a template line or a session's twin does not."""

import random

import pandas as pd

from assets.lib.dedup import _description_words, _texts_words, deduplicate

from .test_dedup import eval_set_module, event, frame, merged_keys

ORGANISER_TEXT = (
    "Les Bricoleurs vous invitent à un temps d'échange sur la réparation des appareils du quotidien. Au programme : "
    "diagnostic des grille-pain en panne, initiation à la soudure électronique et démonstration de couture sur "
    "machine ancienne. Un goûter clôturera l'après-midi autour de crêpes maison. Entrée libre et gratuite."
)
ABOUT = (
    " Les Bricoleurs est une association d'éducation populaire qui anime des ateliers de réparation participatifs "
    "depuis 2009 avec une équipe de bénévoles passionnés."
)
# Words for the other events of the edition: their descriptions tell how rare each word of the texts above is.
FILLER_WORDS = (
    "jardin compost semences cuisine vélo mobilité habitat énergie finance épargne emploi insertion culture musique "
    "théâtre lecture numérique solidarité alimentation circuit producteurs coopérative tiers-lieu quartier village "
    "forêt climat eau déchets textile friperie enfance jeunesse santé handicap mutuelle logement monnaie"
).split()


def edition_around(*rows: dict, words: int = 12, footer: str = "") -> pd.DataFrame:
    """`rows` among 40 other events of the edition, on other days, each described in `words` words of its own; one in
    four closes with `footer`."""
    draw = random.Random(7)
    others = [
        event("plateforme", f"autre-{k}", titre=f"Rencontre n°{k}", date_fin="",
              date_debut=f"2019-11-{2 + k % 10:02d}T10:00:00+01:00",
              description=" ".join(draw.sample(FILLER_WORDS, words)) + (footer if k % 4 == 0 else ""),
              organisateur=f"Structure {k}", lieu=f"Salle {k}", adresse=f"{k} rue de la Paix")
        for k in range(40)
    ]
    return frame(*rows, *others)


def together(result, *keys: str) -> bool:
    return any(set(keys) <= group for group in merged_keys(result))


# Two formats, two events by the titles alone.
REWORDED = {"titre": "Portes ouvertes de l'atelier", "organisateur": "Les Bricoleurs"}


def test_one_description_makes_two_reworded_titles_one_event(index):
    first = event("plateforme", "1", titre="Repair café : soudure et couture", description=ORGANISER_TEXT + ABOUT)
    second = event("cress-aura-openagenda", "oa-1", **REWORDED, description=ORGANISER_TEXT)
    assert together(deduplicate(edition_around(first, second), index), "plateforme:1", "cress-aura-openagenda:oa-1")
    # Without the descriptions the titles, naming two formats, are two events: the text is what says they are one.
    first, second = {**first, "description": ""}, {**second, "description": ""}
    assert not together(deduplicate(edition_around(first, second), index), "plateforme:1",
                        "cress-aura-openagenda:oa-1")


def test_a_description_cut_short_or_in_html_is_the_same_text(index):
    cut = ORGANISER_TEXT[:170].rsplit(" ", 1)[0] + "…"
    first = event("plateforme", "1", titre="Repair café : soudure et couture", description=f"<p>{ORGANISER_TEXT}</p>")
    second = event("reseau-lyon-ical", "ics-1", **REWORDED, description=cut, lieu="",
                   adresse="Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon")
    assert together(deduplicate(edition_around(first, second), index), "plateforme:1", "reseau-lyon-ical:ics-1")


def test_the_same_about_paragraph_does_not_make_two_events_one(index):
    # The organiser's two events that afternoon at its venue, each text closing with the same paragraph about it.
    first = event("plateforme", "1", titre="Repair café : soudure et couture", description=ORGANISER_TEXT + ABOUT)
    other_text = ("Projection du documentaire « Les Glaneurs » suivie d'un débat avec une réalisatrice lyonnaise "
                  "sur le gaspillage alimentaire et les circuits de récupération des invendus." + ABOUT)
    second = event("cress-aura-openagenda", "oa-2", titre="Ciné-débat : Les Glaneurs", organisateur="Les Bricoleurs",
                   description=other_text)
    assert not together(deduplicate(edition_around(first, second), index), "plateforme:1",
                        "cress-aura-openagenda:oa-2")


def test_two_sessions_of_one_text_stay_two(index):
    # The same workshop at 10 h and at 14 h, one text for both: each listing joins its own session.
    morning = {"date_debut": "2019-11-16T10:00:00+01:00", "date_fin": "2019-11-16T12:00:00+01:00"}
    rows = [
        event("plateforme", "matin", titre="Repair café : soudure et couture", description=ORGANISER_TEXT, **morning),
        event("plateforme", "apres-midi", titre="Repair café : soudure et couture", description=ORGANISER_TEXT),
        event("cress-aura-openagenda", "oa-matin", **REWORDED, description=ORGANISER_TEXT, **morning),
        event("cress-aura-openagenda", "oa-apres-midi", **REWORDED, description=ORGANISER_TEXT),
    ]
    result = deduplicate(edition_around(*rows), index)
    assert together(result, "plateforme:matin", "cress-aura-openagenda:oa-matin")
    assert together(result, "plateforme:apres-midi", "cress-aura-openagenda:oa-apres-midi")
    assert not together(result, "plateforme:matin", "plateforme:apres-midi")


def test_a_short_template_line_is_no_evidence(index):
    # « Venez échanger sur … ! Entrée libre. »: too few words of its own to say which event it is.
    line = "Venez échanger sur la réparation ! Entrée libre."
    first = event("plateforme", "1", titre="Repair café : soudure et couture", description=line)
    second = event("cress-aura-openagenda", "oa-1", **REWORDED, description=line)
    assert not together(deduplicate(edition_around(first, second), index), "plateforme:1",
                        "cress-aura-openagenda:oa-1")


def test_description_words_leave_out_the_organiser_the_place_numbers_and_stopwords():
    text = "Les Bricoleurs vous attendent au 28 rue Denfert-Rochereau, à Lyon, pour réparer vos grille-pain en 2019."
    # The organiser, the venue and the town as the records hold them (folded), the street as parsed.
    words = _description_words(_texts_words([text, ""])[text], "les bricoleurs", "maison des associations", "lyon",
                               "28", "rue", "denfert rochereau")
    assert words == {"attendent", "reparer", "vos", "grille", "pain"}


def test_the_evaluation_sets_descriptions_change_nothing_else(monkeypatch):
    # scripts/bench_dedup.py --descriptions: the same records, each source giving the organiser's text its way.
    module = eval_set_module(monkeypatch)
    plain = module.generate(2, editions=(2019,), count=80)
    described = module.generate(2, editions=(2019,), count=80, descriptions=True)
    others = [c for c in plain.columns if c != "description"]
    pd.testing.assert_frame_equal(plain[others], described[others])
    given = described["description"] != ""
    assert 0.5 < given.mean() < 0.9 and (plain["description"] == "").all()
    # Sessions and repeats of one activity share its text; most events' texts are their own.
    texts = described.loc[given].groupby("description")["evenement"].nunique()
    assert (texts == 1).mean() > 0.8


def test_a_footer_both_sources_append_is_no_evidence(index):
    # Both agendas close every event with the same long presentation of the Mois de l'ESS (a quarter of the edition's
    # records holds it too): the events' own words (a few each) differ, the footer weighs nothing.
    footer = (" Le Mois de l'ESS est coordonné chaque novembre par le réseau des chambres régionales de l'économie "
              "sociale et solidaire, qui fédèrent associations, coopératives, mutuelles, fondations et entreprises "
              "solidaires d'utilité sociale autour d'une programmation ouverte au grand public partout en France.")
    first = event("plateforme", "1", titre="Repair café : soudure et couture", description="Soudure." + footer)
    second = event("cress-aura-openagenda", "oa-1", **REWORDED, description="Portes ouvertes." + footer)
    assert not together(deduplicate(edition_around(first, second, words=3, footer=footer), index), "plateforme:1",
                        "cress-aura-openagenda:oa-1")
