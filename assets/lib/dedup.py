"""Cross-source deduplication: the same real event listed by several sources becomes one row.

Each record is reduced to what a careful reader compares (text rules shared with the geocoder,
assets.lib.geocode_text): the title's *core* (folded, boilerplate, stopwords, plurals, the organiser's
and the place's own words removed, each word taken to its lemma in a small curated list of French event
formats said two ways: « Rencontre » / « Conférence », « Repair café » / « Café réparation », « Portes
ouvertes » / « Visite », a typing error allowed; the names of a few structures of the field whose acronyms are not
their initials written as those acronyms, « chantier d'insertion » as « ACI », « entreprise adaptée » as « EA »);
the place taken apart (venue, street, town, postal code: an ICS LOCATION "Maison des associations, 12 rue X,
35000 Rennes" gives all four, "Le Jardin Moderne - Brest" or "Maison du vélo (Rennes)" a venue and its town,
"Visio", « Classe virtuelle », « Lien envoyé à l'inscription », « Web » or a meeting link makes the record
online; a record without any place field takes the address line of its description, « Rendez-vous : Le Préau,
12 rue de la Loire, 44000 Nantes. »); the candidate communes (INSEE code, postal code, name);
a venue named alone (or followed by a town: « La Petite Rockette Saint-Malo ») resolved to the commune and
street the other records of the edition give it there, when they all agree (a name alone that is a commune
elsewhere, an ICS LOCATION « La Forge », is the venue when the edition gives that venue in other communes); a venue
named with its commune but no street given the street the edition's other records give it there; the organiser
(legal form aside, acronym and initials); the description's words, weighed by their rarity in the edition (two
records giving one description, pasted whole or cut short, are compared as two equal titles: see described_alike);
the start, and whether it has a time zone (a record without a time takes
the one its title gives, « Disco Soupe 18h-20h »; times and days written in a title are not compared as words).

Blocking: the start day (and the next one for overseas places), then the commune, computed as masks on
arrays; records without a commune, date-only or venue-only records are compared with the whole day.

One source listing one event twice under two identifiers (a form sent twice, a spreadsheet row copied: the same
title, start time, end, place, organiser and meeting link, case and accents aside; two date-only listings may be two
sessions) is one event: the second listing is set aside
before the comparison (it would give the other sources' copies two plausible partners) and merged into the group of
the first (LISTED_TWICE_MOTIF). Otherwise, a pair is kept apart (veto) when: same source (repeats of one source id are
merged upstream); starts more
than 20 min apart, unless one side has no time zone and the gap is a whole number of hours (at most 2;
an ICS floating time read as UTC), or both are within 1 h 30 (a start moved between listings), or one place
is overseas (7 h: spreadsheets write local times without offset; not when both starts give an offset other than
UTC's and Paris's, their territory's own), or one record says nothing of its place and its source's places are all
overseas (its clock, read as Paris time, is read in their territory's time); communes that cannot meet; points more
than 2 km apart; two streets that differ (a given name's initial, « av. J.-C. Bonduelle », is that name; a number
in a range, « 6 » in « 4-6 », is that building); two venues clearly different (sharing only a generic word such as
« Espace » or « Salle » is not enough to be one, nor looking alike letter by letter for it: « Foyer municipal » /
« Bibliothèque municipale »); postal codes that differ; two arrondissements of Paris, Lyon or Marseille (whatever
the venue's name: each has its « Mairie »); online against a known place (a commune, a point or a street: a venue's name
alone that the edition places nowhere, an ICS LOCATION « Télé-réunion », may be an online wording); two meeting links
on other services (a stream on YouTube, Twitch or Facebook is no meeting service: one talk streamed there and held on
Zoom is one event); organisers clearly different, even at one venue (legal forms, articles and prepositions aside; names
of which neither holds the other's words, « Mouvement des Jeunes Solidaires » / « Collectif citoyen des Économies
Solidaires »; namesakes followed by two different département numbers are two organisers, one body named by its
département's number or name and by its territory-less name one: « FOL 21 » / « Fédération des œuvres laïques de
Côte-d'Or »; a record without organiser
field whose title ends « par <an organiser of the edition> » has that organiser; a description naming the organiser
the other record credits makes them one, and the first sentence of the description of a record without organiser
field naming one organiser of the edition tells it apart as a name set apart in its title would).
Two exceptions, learned
from the edition: a room nothing places (« Salle Iroise, Saint-Brieuc », given at no street by any record) against a
venue of that commune (its street or its name), at one time (a whole-hour slip, or within 1 h 30: a welcome time),
or the same day unless the organisers differ or, one not given, either source lists that title twice that day in
that town (see _day_room_apart), is an unknown place (the title must then be strong); organisers
the edition shows as one event's (a network credited instead of its member: see _learn_alliances), or one of which
the edition shows credited with the events of three others or more (a network: see _umbrellas), are unknown
organisers at one time; so are two online copies of one title at one time, or two at a venue of one name, one
credited to a network by its name (« Réseau … », « Fédération … »); and two records at one place from one start to one
end, whatever their titles, one credited to a network or a body of the whole région (« Coop'Occitanie »), when
neither source lists anything else in that town then (the network's own wording of its member's event).

Otherwise it matches when the evidence is strong enough (title similarity is max(token_sort, token_set - 5)
over the cores, the last word of a long title read as the word of the other it begins, « … les épic » / « … les
épiceries itinérantes », a title cut short; or over the whole titles less 10):
- title >= 88, and the same commune / venue / street / meeting link (or both online), or one side does not
  say where and the organiser or the time agrees;
- title >= 95, one side saying nothing but the day (a specific title of three words or more);
- the same meeting link at the same time;
- title >= 40, a common word (typos, stems and spelled-out acronyms allowed), and two of: same venue or
  street, same organiser, same time (or a whole-hour slip);
- title >= 60 with a date-only record when the place or the organiser agrees;
- title >= 30 with a common word, same place (or both online), same organiser, same time or day;
- title >= 20, same place, same organiser and same time, the titles naming one format group (« Apéro » / « Brunch »);
- title >= 20, the same venue or street at the same minute, one record not naming its organiser (an ICS without
  ORGANIZER): a reworded title of one event;
- title >= 20, both online, same organiser, same time (a reworded title of one meeting).
Without a time, a common word must belong to the subject (a format both name, « Atelier », is not enough
unless the titles name the same formats), and two online records by one organiser count as one place. Titles
naming two formats of no common group are two events, unless they share a subject at one place (or one
organiser's online meeting) at one time, a whole-hour time-zone slip included, or in one town by one organiser at
the same minute; two titles that both name the venue the records give have that subject in common (« Visite guidée
de la Halle » / « Rencontre à la Halle »), with or without a time.
A record with two plausible partners in one source (scores within 8 points) is merged with neither, nor is a
record whose two best partners are two different events; a partner whose event already holds a record of
the record's source is no partner (a source lists an event once), nor one matched at its own time to a record
this one cannot be with. These choices are made twice: the second time, each record's event is the group the
first pass gave it, so that a rival assigned elsewhere no longer holds a record back (one-to-one assignment
across sources). A date-only record is not merged into an
event that has a sister session the same day (same title hours apart, same venue or meeting), unless the
sister already holds a record of its source.

Clusters are built greedily from the best pair down, so transitivity (A~B, B~C) merges A, B and C only
when no pair across the two groups is vetoed and no source appears twice.

Merge rule, per field: the primary record is the platform's, else the most complete one (then by source
name): it gives `identifiant`, `source`, `source_identifiant`, title, description, type, organiser, URL;
an empty field is filled from the next record in that order. Dates come from the first record (same
order) whose start has a time zone, else the first with a time. The place (venue, address, postal code,
commune, INSEE code) is taken whole from the record with the most complete place, coordinates from it or
the next one that has some. Themes, publics and co-organisers are the union; `date_mise_a_jour` the latest;
`sources_fusionnees` lists the other records as `source:identifiant`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import math
import re
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from assets.lib.collector import fewer_collections
from assets.lib.geocode_text import _ABBREVIATIONS as _NAME_ABBREVIATIONS
from assets.lib.geocode_text import (
    abbreviation_heads,
    clean_postal_code,
    compact,
    expand_abbreviation,
    is_online,
    name_key,
    names_a_non_commune,
    parse_address,
    parse_place_name,
    place_modality,
    place_not_given,
    roman_value,
    slash_as_sur,
    territory_splits,
    without_article,
)
from assets.lib.parallel import edition_pieces, map_pieces
from assets.lib.records import RESCHEDULED
from assets.lib.schema import DAY_PART_FIELD, MEETING_LINK_FIELD
from assets.lib.text import fold as _fold
from assets.lib.text import fold_all

_LOG = logging.getLogger(__name__)

# Place and organiser names repeat across records: the text rules run once per distinct value.
fold = functools.lru_cache(maxsize=1 << 16)(_fold)

# How else event listings say that an event happens online, beside the geocoder's words (is_online: meeting services,
# « Télé-réunion », a link sent on registration, a meeting address without its scheme…), words that may also name a
# venue or a broadcast, so the geocoder does not take them: « BBB », Renater's web conferences, « virtuel(le) »,
# « dématérialisé(e) », « e-conférence », « 100 % numérique », a meeting over the web (« Web-atelier », « Rencontre
# numérique »), « en live », « livestream », « depuis chez vous », « sur votre écran » (not « près de chez vous »: a
# venue may say so), what is left of a meeting link's
# label (« Cliquez ici pour participer : »; a label of three words or fewer, « Rejoindre la réunion : », is no place
# at all: _LABEL_ONLY), « (web) » after a name, and fields that hold nothing but « Web », « Live », « Distance »,
# « Numérique » or « Meet ».
_MORE_ONLINE = re.compile(
    r"\b(?:bbb|renater|web (?:atelier|rencontre|seminaire|reunion)s?"
    r"|rejoindre la reunion|cliquez ici pour (?:participer|rejoindre|vous connecter)"
    r"|virtuel\w*|dematerialise\w*|e conf\w*"
    r"|(?:evenement|format|100) (?:numerique|digital)"
    r"|en direct|streaming|retransmission|live ?stream\w*|en live"
    r"|depuis chez (?:vous|soi|toi)|sur (?:votre|ton|son) ecran)\b"
    r"|^(?:sur (?:le )?)?(?:web|live|distance|numerique|digital|meet)$"
    r"|^(?:rencontre|session|reunion|seance)s? (?:numerique|digitale?|virtuelle?)s?$"
)
_WEB_AFTER_A_NAME = re.compile(r"\((?:sur le |en )?web\)", re.IGNORECASE)  # « Hors les murs (web) »


@functools.lru_cache(maxsize=1 << 14)
def _is_online(text: str) -> bool:
    """is_online, or one of the other wordings of _MORE_ONLINE."""
    return is_online(text) or bool(text) and (_MORE_ONLINE.search(fold(text)) is not None
                                              or _WEB_AFTER_A_NAME.search(text) is not None)


MERGE_MOTIF = "même événement dans une autre source"
# A date-only record between two sessions of one event that day (see _drop_ambiguous): a copy of one of them, merged
# into neither (nothing tells which), not published as an event of its own; the motif names the sessions' rows.
SESSION_COPY_MOTIF = "copie sans heure de l'une des séances du jour"
# A record whose group holds a record another source called off (cancelled or postponed), and no live record of that
# source: a copy of an event that will not take place (see _without_called_off).
CALLED_OFF_COPY_MOTIF = "copie d'un événement annulé ou reporté dans une autre source"
LISTED_TWICE_MOTIF = "même événement listé deux fois dans la source"
# A source's listing at the old date of an event another source rescheduled (see _attach_rescheduled).
RESCHEDULED_COPY_MOTIF = "copie à l'ancienne date d'un événement reprogrammé"
# What makes two listings of one source the same listing (_listed_twice): folded texts, the other columns as written.
TWIN_TEXTS = ("titre", "lieu", "adresse", "commune", "organisateur")
TWIN_VALUES = ("edition", "source", "date_debut", "date_fin", "date_heure_debut", "date_heure_fin", "code_postal",
               "modalite", MEETING_LINK_FIELD)
PRIMARY_SOURCE = "plateforme"

SAME_TIME_MIN = 20  # the same start, give or take a rounding
WELCOME_MIN = 45  # one listing gives the doors' opening (« accueil à 18 h 30 »), the other the start of the talk
NEAR_TIME_MIN = 90  # both with a time zone: a start moved by up to 1 h 30 between two listings
# The local starts (minutes after midnight, from, until) a part of the day a date-only record names holds (a source's
# « Matinée », « Après-midi »…: records.DAY_PARTS), wide enough for a one-hour slip of the other's clock and for
# « après-midi » at 12:30 or « soirée » at 17:30; the whole day, a start in the morning. And the parts two date-only
# records may not both name of one event (a morning's session against the afternoon's or the evening's).
DAY_PART_STARTS = {"matin": (0, 13 * 60), "midi": (10 * 60 + 30, 15 * 60), "apres_midi": (11 * 60 + 30, 19 * 60),
                   "soir": (16 * 60 + 30, 24 * 60), "journee": (0, 13 * 60)}
OTHER_DAY_PARTS = frozenset(map(frozenset, (("matin", "apres_midi"), ("matin", "soir"), ("midi", "soir"))))
WHOLE_DAY_MIN = 3 * 60  # a timed record shorter than this, its end given, is no listing of the whole day
SLIP_TOLERANCE_MIN = 20  # one side without time zone: a whole number of hours (at most 2), give or take this
MAX_SLIP_HOURS = 2
OVERSEAS_TOLERANCE_MIN = 7 * 60  # spreadsheets write overseas local times without offset
FAR_KM = 2.0
TITLE_FLOOR = 20  # below this, a pair is not even looked at
TITLE_CANDIDATE = 30  # below this, a pair needs the same place, organiser and time
TITLE_WEAK = 40
TITLE_MEDIUM = 60
TITLE_STRONG = 88
TITLE_EXACT = 95
# At one street and the same minute, both giving them, a title reworded this close is the event whoever is credited:
# another group's event there then has another subject (60: douze's precision 0.9946 -> 0.9944).
TITLE_AT_ONE_MINUTE = 70
VENUE_SAME = 85
STREET_SUPPORT = 2  # records of the edition giving a venue at a street, at least, for a street resolved so to count
VENUE_OTHER = 50
VENUE_ALIKE = 60  # token_sort_ratio at or above which two venue names may be one (see _venues_differ)
ORGANISER_SAME = 85
ORGANISER_OTHER = 60
AMBIGUITY_MARGIN = 8.0
# A place named alone this close (fuzz.ratio) to the name of a town the edition gives, or closer: that town mistyped.
TOWN_TYPO = 88
# A description pasted from one listing to another (the organiser's own text, in every agenda it is sent to) makes two
# reworded titles one: the shorter description's distinctive words, weighed by their rarity in the edition (idf), are
# nearly all in the other, and they are many. An organiser's words, the place's and words most records use (« Mois »,
# « inscription ») weigh little or nothing, so a shared "about us" paragraph or a template line does not reach it.
DESCRIPTION_WORDS_MIN = 6  # distinctive words in common, at least
DESCRIPTION_CONTAINED = 0.85  # share of the shorter description's weight found in the other
DESCRIPTION_SHARED = 15.0  # weight in common, at least (some 4 words used by a few records of the edition)
# A shorter text found whole in the other, too short to reach DESCRIPTION_SHARED (a sheet giving the first sentence of
# the organiser's text, « Les Bricoleurs vous invitent à réparer ensemble. »): it counts only at the same venue that
# day, the organisers not differing (see described_within, score).
DESCRIPTION_WITHIN_WORDS = 3  # distinctive words in common, at least
# A word more than this share of the edition's descriptions use weighs nothing: a footer a source appends to all its
# events (« Le Mois de l'ESS est coordonné par… »), which two sources may both paste, says nothing of the event.
DESCRIPTION_FOOTER = 0.2

# Boilerplate that sources add to titles and that says nothing about the event: « ESS » too, and its name spelled out
# (« Portes ouvertes : l'économie sociale et solidaire à l'université » / « Journée portes ouvertes ESS à
# l'université »).
# A note that the listing is not settled yet (« Fresque du numérique (tbc) », « Disco soupe – à confirmer », « Atelier
# vélo (date à confirmer) », « … (titre provisoire) »): said of the listing, not of the event.
_BOILERPLATE = re.compile(
    r"\b(?:dans le cadre du |a l occasion du )?mois (?:de l )?(?:ess|economie sociale et solidaire)"
    r"(?: (?:19|20)\d\d)?\b|\b(?:19|20)\d\d\b|\bess\b|\beconomie sociale et solidaire\b"
    r"|\b(?:tbc|tbd|(?:(?:dates?|horaires?|heures?|lieu|salle) )?(?:a confirmer|a preciser|sous reserve)"
    r"|titre provisoire)\b"
)
# Times, days and durations a source writes in a title (« Disco Soupe 18h-20h », « 14h30 : … », « … 17:00/18:30 »,
# « … (vendredi 22 novembre) », « Salon de l'ESS (2 jours) »): when, not what; the start is read from them for a
# record without a time (see _title_start).
_WHEN_IN_TITLE = re.compile(
    r"\b(?:[1-9]|deux|trois|quatre|cinq) (?:jours|journees|demi journees|soirees)\b"
    r"|\b(?:0?[7-9]|1\d|2[0-3])(?:h(?:[0-5]\d)?| [0-5]\d)\b"
    r"|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b(?: \d{1,2}\b)?(?: (?:octobre|novembre|decembre)\b)?"
    r"|\b\d{1,2} (?:octobre|novembre|decembre)\b"
)
_CLOCK_IN_TITLE = re.compile(r"(?<![\d:h])(0?[7-9]|1\d|2[0-3])(?:h([0-5]\d)?|:([0-5]\d))(?![\d:])", re.IGNORECASE)
PARIS = ZoneInfo("Europe/Paris")
_STOPWORDS = frozenset(
    "a au aux avec autour d de des du en et l la le les par pour sur un une the of".split()
)
_LEGAL_FORMS = frozenset("association asso collectif scop scic sarl sas sa eurl cae".split())
# How a title says "online": the modality, not the content.
_ONLINE_WORDS = frozenset("ligne online visio visioconference webinaire webinar zoom distanciel distance".split())
# The format of an event as titles name it (folded, singular). Two titles naming formats of no common group
# are two events (« Visite de X » / « Salon de Y » by one organiser the same day); a format named by both
# counts as a common word (« Portes ouvertes » / « Visite », « Salon » / « Forum »). « débat » is left out:
# « Ciné-débat » and « Conférence-débat » are different formats. « Petit-déjeuner » and « petit déj' » are lemmas in
# title cores (_PHRASES): « petit » alone (« Petit marché ») names no format.
_FORMATS = {
    "atelier": "atelier workshop formation initiation stage tuto labo sensibilisation",
    "conference": "conference rencontre colloque causerie table ronde seminaire echange temoignage meetup",
    # Stands of a fair or of a market: « Foire aux produits solidaires », « Village de Noël », « Bourse aux
    # initiatives » are one or the other.
    "forum": "forum salon foire village bourse",
    "projection": "projection cine cinema film documentaire",
    "visite": "visite porte ouverte decouverte",
    "marche": "marche braderie bourse vente troc swap gratiferia foire village",
    "reparation": "repair reparation repare reparer reparon reparez autoreparation reparateur",
    "chantier": "chantier",
    "repas": "dejeuner dej apero aperitif afterwork repas brunch diner gouter",
    "spectacle": "concert spectacle theatre theatral theatrale impro improvisation scene",
    "exposition": "exposition expo",
    "jeu": "jeu tournoi quiz rallye escape",
    "balade": "balade randonnee promenade",
    "concours": "hackathon concours challenge defi",
    "emploi": "recrutement job jobdating",
}
# Formats that say the shape of an event, not its activity: a title naming only them says nothing of what is done.
_SHAPES = frozenset(("atelier", "conference", "forum"))
# A meal and a talk or meeting: one gathering when one organiser holds both at one place and time (see score).
_MEAL_AND_MEETING = frozenset(("repas", "conference"))
_FORMAT_OF: dict[str, frozenset[str]] = {}
for _format, _words in _FORMATS.items():
    for _word in _words.split():
        _FORMAT_OF[_word] = _FORMAT_OF.get(_word, frozenset()) | {_format}
# The words of _FORMAT_OF in order: those a cut-short word begins are found by bisection (see _forms_begun).
_FORMAT_WORDS = sorted(_FORMAT_OF)
_ABBREVIATIONS = {
    "r": "rue",
    "av": "avenue",
    "ave": "avenue",
    "bd": "boulevard",
    "bld": "boulevard",
    "pl": "place",
    "ch": "chemin",
    "imp": "impasse",
    "all": "allee",
    "st": "saint",
    "ste": "sainte",
    "mais": "maison",
    "fbg": "faubourg",
    "fg": "faubourg",
    "chem": "chemin",
    "prom": "promenade",
    "bvd": "boulevard",
    "blvd": "boulevard",
    "ld": "lieu dit",  # « LD Kerouat »: a lieu-dit (_STREET_COMPOUNDS)
    "rte": "route",
    "sq": "square",
    "crs": "cours",
    "allees": "allee",  # « 39 allées Jules Guesde »
    "asso": "association",  # « Maison des assos », « Cité des assos »
    "assos": "associations",
    # Titles in street names (« 12 r. du Gal de Gaulle », « av. du Mal Foch », « bd du Pdt Wilson », « rue du Pr Jean
    # Nicolas », « quai du Cdt Malbert »).
    "gal": "general",
    "mal": "marechal",
    "pdt": "president",
    "dr": "docteur",
    "pr": "professeur",
    "prof": "professeur",
    "cdt": "commandant",
    "cne": "capitaine",
    "lt": "lieutenant",
    # Venues' words (« Parc expo » is the Parc des expositions, « Ctre social » a centre social).
    "expo": "expositions",
    "ctre": "centre",
}
# The types of French street names (as the BAN writes them, folded), as sources write them in full: those a venue is
# seldom named with, and after a house number only those a venue often is (« Cité des sciences », « Résidence … »).
# « Mail » is also an e-mail's label: not in a part holding an address « @ » (see _address_part). Overseas, a
# district, an estate or a rural « section » is where an address begins as a « lieu-dit » does (« Section Boisvin »,
# « Quartier Acajou », « Lotissement Les Roches »); not « Morne », which begins communes' names (« Morne-à-l'Eau »).
_STREET_TYPES = ("rue|avenue|boulevard|place|chemin|allee|impasse|quai|cours|route|square|esplanade|promenade|faubourg"
                 "|passage|sentier|voie|traverse|montee|ruelle|venelle|parvis|chaussee|levee|corniche|mail|rondpoint"
                 "|lieudit|rocade|digue|descente|za|zi|zac|section|quartier|lotissement")
_STREET_ARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "l", "d"})
# What may come before the person's name a street is named after (folded; the abbreviations as place_key spells them).
# Not « pasteur »: « rue Pasteur » is among the most common streets; « 12 rue Pasteur Rennes » would read « Rennes ».
_STREET_TITLES = frozenset({
    "general", "marechal", "president", "docteur", "professeur", "abbe", "colonel", "commandant", "capitaine",
    "lieutenant", "amiral", "pere", "frere", "soeur", "mgr", "monseigneur", "cardinal", "chanoine", "sergent",
    "aviateur", "ingenieur", "maitre", "recteur", "doyen"})
# The given names streets' persons are most often named with (a short list: a long one holds words that name a street
# alone, « Voltaire », « Liberté », and would take a town running on after it for the street's name).
_STREET_GIVEN_NAMES = frozenset("""
    jean victor charles louis pierre paul jules emile henri georges jacques francois andre albert gabriel edouard leon
    joseph anatole alphonse aristide ernest eugene felix gustave maurice marcel rene roger robert lucien auguste camille
    claude simone rosa marie jeanne louise marc michel philippe antoine nicolas alfred alexandre hector honore edith
    olympe lazare nelson salvador pablo frederic ambroise blaise etienne gaston hippolyte maximilien raymond theodore
    yves germaine lucie irene madeleine suzanne francoise genevieve helene martin luther baptiste jacqueline
    danielle bernard guy romain leo missak berty ferdinand xavier guillaume raoul gilbert hubert fernand armand marius
    adolphe augustin bertrand christophe edmond gerard daniel colette paulette yvonne marcelle berthe josephine pauline
    mathilde sophie anne francis roland emmanuel sadi arsene flora aime eugenie jeanine ginette odette alice winston
    vincent arthur denis youri marcelin benjamin boris theophile celestin marguerite elsa edgar george john franklin
    """.split())
# The street types place_key spells out of a given name's initial or short form after a street's type (« pl. R.
# Schuman », « av. Ch. de Gaulle »: « r. » and « ch. » begin addresses as « rue » and « chemin »).
_STREET_SPELLED_INITIALS = frozenset(("rue", "chemin"))
# Numbers written out in street names (« rue des Trois Rois », « rue du Quatre-Septembre », « rue du Premier-Mai »), as
# digits: sources write either.
_STREET_NUMBER_WORDS = {word: str(value) for value, word in enumerate(
    "zero premier deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split())
    if value} | {"1er": "1", "vingt": "20", "trente": "30"}
# An ordinal naming a street (« rue du XXe Corps Américain », « av. de la 1re Armée », « rue du Troisième Millénaire »)
# read as its number, however a source writes it: figures (« 26e », place_key making « 26ème » so), roman figures with
# « e » or « ème » (« XXVIe », « XXème »; not « VIe » nor « Ve », words once folded), the feminine first (« 1ère »,
# « 1re », « Ire », « Première »: no other number takes « re », and « ivre » is a word) or spelled out: « 20e », one
# word (a date's number keeps the month after it, not an ordinal: « 2e DB » is « 2e Division Blindée »).
# Roman numbers up to 29, « VI » and « V » aside (« vie », « ve » are words once folded, with an ordinal's ending)
_ROMAN_NUMBER = r"xx?(?:ix|iv|v?i{0,3})|i{1,3}|iv|ix|vii{1,2}"
_STREET_ORDINAL = re.compile(rf"(\d{{1,3}})e|({_ROMAN_NUMBER})(?:e|eme|ieme)|(?:1|i)(?:ere|re)")
_STREET_ORDINAL_WORDS = {"premiere": "1", "second": "2", "seconde": "2"} | {
    f"{stem}ieme": str(value) for value, stem in enumerate(
        "_ _ deux trois quatr cinqu six sept huit neuv dix onz douz treiz quatorz quinz seiz".split()) if value > 1
} | {"vingtieme": "20", "trentieme": "30"}


def _street_ordinal(word: str) -> str:
    """An ordinal word of a street's name (_STREET_ORDINAL, _STREET_ORDINAL_WORDS) as « 20e », else the word."""
    if word in _STREET_ORDINAL_WORDS:
        return f"{_STREET_ORDINAL_WORDS[word]}e"
    match = _STREET_ORDINAL.fullmatch(word)
    if match is None:
        return word
    return f"{match.group(1) or (roman_value(match.group(2)) if match.group(2) else 1)}e"


_STREET_NUMBERS_SPELT = re.compile(r"\b(dix|vingt|trente)(?: et)? (un|deux|trois|quatre|cinq|six|sept|huit|neuf)\b")
_STREET_UNITS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_STREET_TENS = {"dix": 10, "vingt": 20, "trente": 30}
_NUMBERED_STREET_TYPES = (f"{_STREET_TYPES}|cite|residence|hameau|villa|sente|port|clos|cour"
                          "|domaine|parc|presquile|pont|carrefour|village|plateau|plaine")
# Street types written in two words, made one (place_key): « Grande Rue » (a street of that name in thousands of
# towns, « 12 Grande-Rue », « Grand'Rue ») reads as the street « rue Grande »; a zone by its usual initials.
_STREET_COMPOUNDS = [(re.compile(pattern), written) for pattern, written in (
    (r"\bgrande? rue\b", "rue grande"), (r"\brond point\b", "rondpoint"), (r"\blieu dit\b", "lieudit"),
    (r"\bpresqu ile\b", "presquile"), (r"\bzone artisanale\b", "za"), (r"\bzone industrielle\b", "zi"),
    (r"\bzone d activites?\b", "za"), (r"\bzone d amenagement concerte\b", "zac"))]
# A house number (or a range: « 4-6 rue … »), its street type and the street's name.
_STREET = re.compile(
    rf"\b(\d{{1,4}})(?: bis| ter| quater| [a-d]| (\d{{1,4}}))? ({_NUMBERED_STREET_TYPES}) ((?:[a-z0-9]+ ?){{1,6}})"
)
# A street without a house number, as a part of an address begins (« Boulevard Pascal Rossini », « Place du Général de
# Gaulle »): a square or a town hall's street is often given so.
_NUMBERLESS_STREET = re.compile(rf"^({_STREET_TYPES}) ((?:[a-z0-9]+ ?){{1,6}})")
# A house number written with its repetition index (« 4bis », « 12ter », « 12A »): two words, as « 4 bis ».
_GLUED_INDEX = re.compile(r"\b(\d{1,4})(bis|ter|quater|[a-d])\b")
# A number glued after letters (« Le106 », « Salle2 »): two words, as the other source writes them.
_GLUED_NUMBER = re.compile(r"(?<=[a-z])(?=\d)")
# An ordinal's ending however written (« 11ème », « 11eme », « 11ième », « 2nd »): « 11e », as another source writes it.
_ORDINAL_ENDING = re.compile(r"\b(\d{1,3})(?:i?eme|em|nde?)\b")
# What separates the parts of an address or of an iCalendar LOCATION: a comma, a semicolon, a line break, a bar, or a
# dash between spaces (« La Ferme du Sens - 4 rue de Lannoy - Roubaix »; a hyphen inside a name is no separator).
# A dash inside brackets parts no address: it parts a town from its quarter (« Darwin (Bordeaux - Bastide) »).
_PLACE_PARTS = re.compile(r"[,;\n|]| [-–—] (?![^()]*\))")
# A house number written with a comma before its street (« 4, rue de Lannoy », « 12 bis, av. Jean Jaurès »), as French
# addresses often are: one part of the address, not a venue « 4 » and a street without its number.
_NUMBER_COMMA = re.compile(
    r"(?:^|(?<=[,;\n|])|(?<= [-–—]))(\s*\d{1,4}(?:\s*(?:bis|ter|quater|[a-d]))?)\s*,\s*"
    r"(?=(?:rue|r|avenue|av|ave|boulevard|bd|bld|place|pl|chemin|ch|all[ée]es?|all|impasse|imp|quai|cours|crs|route"
    r"|rte|square|sq|esplanade|promenade|faubourg|fbg|passage|sentier|voie|traverse|mont[ée]e|ruelle|venelle|parvis"
    r"|chauss[ée]e|lev[ée]e|corniche|mail|cit[ée]|r[ée]sidence|hameau|lotissement|villa|sente|rond[- ]point"
    r"|lieu[- ]dit|rocade|digue|descente|port|clos|cour|quartier|domaine|parc|presqu['’ ][îi]le|pont|carrefour"
    r"|village|plateau|plaine|grande?[- '’]rue)\b)",
    re.IGNORECASE,
)
# A label whose value the source (or the link removal) left out: « Rejoindre : », « Lien : », « Adresse : ».
_LABEL_ONLY = re.compile(r"^\s*[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}\s*:\s*$")
_POSTAL_PART = re.compile(r"\b\d{5}\b")
# The country a schema.org or OpenAgenda address ends with (« 4 rue de Lannoy, 59100 Roubaix, France »): no venue.
_COUNTRY = frozenset(("france", "fr", "france metropolitaine"))
# An intercommunality named as a place (« Nantes Métropole », « Métropole de Lyon », « Communauté de communes du Pays
# de Landerneau »): several communes, no venue (see _intercommunal).
_INTERCOMMUNAL_START = re.compile(
    r"^(?:communaute (?:de communes|d agglomeration|urbaine|de l agglomeration)"
    r"|(?:agglomeration|agglo) (?:de|du|d|des) |metropole (?:de|du|d|des|europeenne) )"
)
_INTERCOMMUNAL_END = frozenset(("metropole", "agglo", "agglomeration", "communaute"))
# First words of venues that commune names begin with too (« Salle Métropole »: La Salle is a commune).
_VENUE_HEADS = frozenset("salle sle hotel maison espace centre halle cinema theatre cafe bar auditorium amphi gare "
                         "parc place residence immeuble tour club".split())
# A link's host, path and query (user and port aside); no link is refused, however malformed (« https://[zoom.us »).
_URL_PARTS = re.compile(r"[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)(?::[^/?#]*)?([^?#]*)(?:\?([^#]*))?",
                        re.IGNORECASE)
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"',;]+")
# Hosts of meeting links: a record carrying one and no place is an online event whatever its wording.
_MEETING_HOST = re.compile(
    r"zoom|meet|teams|jit\.?si|bbb|bigbluebutton|visio|webex|whereby|livestorm|gotomeeting|gotowebinar|renater|"
    r"youtube|youtu\.be|twitch|discord|facebook|webikeo|webinar|webconf"
)
# Métropole, Corse and the five DROM: coordinates elsewhere are a source error (swapped lat/lon, 0,0).
_FRANCE_BOXES = [
    (41.2, 51.2, -5.3, 9.7),
    (15.8, 16.6, -61.9, -60.9),
    (14.3, 14.95, -61.3, -60.75),
    (2.0, 5.9, -54.7, -51.5),
    (-21.45, -20.85, 55.2, 55.9),
    (-13.05, -12.6, 45.0, 45.35),
]

PLACE_FIELDS = ("lieu", "adresse", "code_postal", "commune", "code_insee_source")
UNION_FIELDS = ("thematiques", "publics", "co_organisateurs")
_NOT_FILLED_IN = frozenset((*PLACE_FIELDS, *UNION_FIELDS, "latitude", "longitude"))  # see merge_group


# Inclusive writing: the feminine ending a middle dot, a full stop, a hyphen or brackets set after a word
# (« salarié·es », « citoyen·ne·s », « acteur.ices », « habitant-es », « adhérent(e)s »), read off the title before it
# is folded (the separator then gone, the ending would be a word of its own: « salarie es »). After two letters at least
# (« A.E.S. » is an acronym); after a hyphen only endings no place name continues with (« Villers-le-Lac »).
_INCLUSIVE = re.compile(
    # The separator first (a character class the engine scans for), then the two letters before it.
    r"[·•‧.(-](?<=[^\W\d_]{2}[·•‧.(-])(?:"
    r"(?<=[·•‧.])(?:e|es|ne|nes|le|les|te|tes|se|ses|euse|euses|rice|rices|ice|ices|trice|trices|ale|ales|elle|elles"
    r"|ere|eres|ère|ères|ve|ves)(?:[·•‧.]s)?\b"
    r"|(?<=-)(?:e|es|ne|nes|rice|rices|euse|euses|ère|ères)(?:-s)?\b"
    r"|(?<=\()(?:(?:e|ne|le|rice|euse|ère)\)s?|(?:es|nes|rices|euses|ères)\))(?!\w))",
    re.IGNORECASE,
)
# The other inclusive form, a word and its feminine (« salariés et salariées », « acteurs et actrices », « toutes et
# tous »), in a folded title: the word once.
_DOUBLET = re.compile(r"\b([a-z]{3,}) et ([a-z]{3,})\b")


def _feminine_of(word: str, other: str) -> bool:
    """Whether the folded `other` is the feminine of `word`, both maybe in the plural (« salaries » / « salariees »,
    « acteurs » / « actrices », « nouveaux » / « nouvelles », « tous » / « toutes »)."""
    word = word[:-1] if word[-1] in "sx" else word
    other = other[:-1] if other[-1] == "s" else other
    if other in (word + "e", word + "ne", word + "le", word + "te"):
        return True
    for ending, feminine in (("eur", "euse"), ("eur", "rice"), ("er", "ere"), ("f", "ve"), ("eau", "elle"),
                             ("eu", "euse")):
        if word.endswith(ending) and other == word[: -len(ending)] + feminine:
            return True
    return False


def _one_of_doublet(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    if _feminine_of(first, second):
        return first
    if _feminine_of(second, first):
        return second
    return match.group(0)


@functools.lru_cache(maxsize=1 << 16)
def title_key(title: str | None) -> str:
    """Comparison key of a title: folded, without the edition's boilerplate nor inclusive writing's doubled forms."""
    text = fold(_INCLUSIVE.sub("", title) if title else title)
    text = _WHEN_IN_TITLE.sub(" ", _BOILERPLATE.sub(" ", text))
    if " et " in text:
        text = _DOUBLET.sub(_one_of_doublet, text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


# Words of titles that name one event format in other words (folded, singular; see _lemma), as any French event
# feed writes them: « Rencontre » / « Conférence », « Salon » / « Forum », « Ciné » / « Projection », « Repair
# café » / « Café réparation », « Portes ouvertes » / « Visite », « Petit-déj » / « Petit-déjeuner »; the English
# words French titles borrow for a format as well (« Open day », « Afterwork », « Meetup », « Swap », « Give box »
# / « Boîte à dons »). Each entry
# is « lemma: the words that stand for it »; forms of two words are in _PHRASES. Formats that are merely alike
# (an « Atelier » and a « Formation » by one organiser the same day can be two events) keep their own words;
# _FORMATS tells which formats may be one event.
_SYNONYMS = {
    "atelier": "atelier workshop",
    "conference": "conference rencontre colloque causerie seminaire meetup",
    "forum": "forum salon",
    "projection": "projection cine cinema film documentaire",
    "visite": "visite jpo",  # « JPO »: journée portes ouvertes
    "reparation": "reparation repair repare reparer reparon reparez autoreparation reparateur",
    "dejeuner": "dejeuner brunch",
    "apero": "apero aperitif afterwork",
    "troc": "troc swap",
}
# Words of a title that say nothing of the event (« Répare ton vélo ! », elided « s' », « n' »…).
_TITLE_FILLERS = frozenset("ton ta tes votre vos son sa ses notre nos mon ma mes s n c j qu".split())
_LEMMA_OF: dict[str, str] = {}
for _lemma_word, _forms in _SYNONYMS.items():
    for _form in _forms.split():
        _LEMMA_OF[_form] = _lemma_word
# Forms of two words, written as their lemma before the words are taken apart.
_PHRASES = {
    "portes ouvertes": "visite", "porte ouverte": "visite", "petit dejeuner": "dejeuner",
    "petits dejeuners": "dejeuner", "petit dej": "dejeuner", "table ronde": "conference",
    "open day": "visite", "open days": "visite", "after work": "apero", "meet up": "conference",
    "give box": "givebox", "boite a dons": "givebox", "boite a don": "givebox", "boites a dons": "givebox",
}
_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(_PHRASES, key=len, reverse=True)) + r")\b")
_FUZZY_LEMMAS = sorted(w for w in _LEMMA_OF if len(w) >= 6)


# The first words of _PHRASES: a text holding none of them holds no form of _PHRASES.
_PHRASE_HEADS = tuple(sorted({phrase.split()[0] for phrase in _PHRASES}))


# Format words that say no format where another qualifies them (folded): « Atelier découverte », « Webinaire
# découverte », « à la découverte de » are no visit (a « Journée découverte » is); « Remettez en marche », « en état de
# marche » no market; written as a word of no format.
_NO_FORMAT = re.compile(
    r"\b(?:(a la|" + "|".join(sorted(
        {w for w, f in _FORMAT_OF.items() if "visite" not in f} | _ONLINE_WORDS | {"webinaire"},
        key=len, reverse=True)) + r") decouvertes?|(en etat de|en) marche)\b"
)
_NO_FORMAT_HEADS = ("decouverte", "marche")
# « Ouvert » says a visit after « portes », even mistyped (« Porrtes ouvertes »), not after another word
# (« Grainothèque ouverte », « Scène ouverte », « Atelier ouvert à tous »).
_OPEN = re.compile(r"\b(\w+) ouverte?s?\b")


@functools.lru_cache(maxsize=1 << 12)
def _phrases(text: str) -> str:
    """A folded text with the two-word forms of _PHRASES written as their lemma, and the format words another
    qualifies (see _NO_FORMAT) as a word of no format."""
    if " " not in text:
        return text
    if any(head in text for head in _NO_FORMAT_HEADS):
        text = _NO_FORMAT.sub(_no_format, text)
    if "ouvert" in text:
        text = _OPEN.sub(_open_or_not, text)
    if not any(head in text for head in _PHRASE_HEADS):
        return text
    return _PHRASE.sub(lambda m: _PHRASES[m.group(0)], text)


def _open_or_not(match: re.Match) -> str:
    """« portes ouvertes » (or one typing error away) as it is, « grainotheque ouverte » -> « grainotheque ouvrir »
    (see _OPEN)."""
    before = match.group(1)
    if OSA.distance(before, "portes", score_cutoff=1) <= 1 or OSA.distance(before, "porte", score_cutoff=1) <= 1:
        return match.group(0)
    return f"{before} ouvrir"


def _no_format(match: re.Match) -> str:
    """« atelier decouverte » -> « atelier decouvrir », « en marche » -> « en marcher » (see _NO_FORMAT)."""
    if match.group(1):
        return f"{match.group(1)} decouvrir"
    return f"{match.group(2)} marcher"


@functools.lru_cache(maxsize=1 << 16)
def _lemma(stem: str) -> str:
    """The lemma of a title word (see _SYNONYMS), the word itself when it has none; a word of six letters or
    more one typing error away from a listed form (« ateiler », « reparaiton ») takes that form's lemma."""
    found = _LEMMA_OF.get(stem)
    if found is not None:
        return found
    if len(stem) >= 6 and not stem.isdigit():
        match = process.extractOne(stem, _FUZZY_LEMMAS, scorer=OSA.distance, score_cutoff=1)
        if match is not None and max(len(stem), len(match[0])) >= 7:
            return _LEMMA_OF[match[0]]
    if len(stem) >= 5 and stem not in _FORMAT_OF:
        # A format word cut short (« Répar' café », « Atelier répar' »): the lemma of the forms it begins.
        lemmas = {_LEMMA_OF.get(form, form) for form in _forms_begun(stem)}
        if len(lemmas) == 1:
            return lemmas.pop()
    return stem


def _forms_begun(stem: str) -> list[str]:
    """The words of _FORMAT_OF longer than `stem` that begin with it: [form for form in _FORMAT_OF if
    len(form) > len(stem) and form.startswith(stem)], found by bisection in _FORMAT_WORDS (a title's words are
    thousands, the format words about eighty)."""
    found = []
    for form in _FORMAT_WORDS[bisect.bisect_left(_FORMAT_WORDS, stem):]:
        if not form.startswith(stem):
            break
        if len(form) > len(stem):
            found.append(form)
    return found


@functools.lru_cache(maxsize=1 << 16)
def title_core(title: str, *noise: str) -> str:
    """The words of a title key that describe the event: stopwords dropped, plurals folded, and the organiser's
    name and the place (`noise`, folded texts) removed where the title names them whole (« Petit-déjeuner »
    keeps its « petit » when the organiser is « Les Petits Débrouillards »), unless nothing would be left."""
    words, present, text_of_words = _title_words(title)
    noisy: set[str] = set()
    for text in noise:
        if _first_stem(text) in present:  # "" (no significant word) never is
            noisy |= _named_whole(text, present)
    if not noisy:
        return text_of_words
    kept = [w for w in words if w not in noisy]
    return " ".join(kept if kept else words)


@functools.lru_cache(maxsize=1 << 16)
def _title_words(title: str) -> tuple[tuple[str, ...], frozenset[str], str]:
    """The lemmas of a title key's words (see _lemma), stopwords, fillers and online words aside, the names of
    _FIELD_ACRONYMS written as their acronym, each once, their set and their text (see title_core)."""
    words = tuple(dict.fromkeys(_as_field_acronyms(tuple(
        _lemma(_stem(w)) for w in _phrases(title).split()
        if w not in _STOPWORDS and w not in _ONLINE_WORDS and w not in _TITLE_FILLERS
    ))))
    return words, frozenset(words), " ".join(words)


# Acronyms of the social economy's structures whose letters are not the initials of the name they stand for (those
# that are, « ETTI », « ESAT », « SCIC », « PTCE », are read by _spells_out), or of two letters (too short to be read
# so), with their names in full (folded) as the texts defining them write them: the Code du travail's insertion par
# l'activité économique (L5132-1 and following: « entreprise d'insertion », « ateliers et chantiers d'insertion »,
# mostly said « chantier d'insertion »; not the « association intermédiaire », « AI » being « j'ai » in a title) and
# its « entreprises adaptées » (L5213-13); the law of 19 July 1978 on the « sociétés coopératives ouvrières de
# production », renamed « sociétés coopératives et participatives » in 2010, « Scop » in both. A title may give either
# (« Rencontre des ACI » / « Les chantiers d'insertion »), which share no letter a string ratio sees: title cores write
# each name as its acronym, as they write « portes ouvertes » as « visite » (_PHRASES); the name then says no format
# either (« chantier », « atelier »). So is an association's « assemblée générale », its « AG » in a sheet or a
# calendar (« AG de l'épicerie Ar Stal » / « Assemblée générale »): two letters, read by no rule of initials.
_FIELD_ACRONYMS = {
    "ag": ("assemblee generale",),
    "aci": ("ateliers et chantiers d insertion", "atelier chantier d insertion", "chantier d insertion"),
    "ei": ("entreprise d insertion",),
    "ea": ("entreprise adaptee",),
    "scop": ("societe cooperative ouvriere de production", "societe cooperative de production",
             "societe cooperative et participative"),
}


@functools.lru_cache(maxsize=1)
def _field_names() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    """({a name of _FIELD_ACRONYMS as title words (lemmas): its acronym}, longest first; the first words of the
    names), taken on first use."""
    names = {
        tuple(_lemma(_stem(w)) for w in _phrases(name).split() if w not in _STOPWORDS): acronym
        for acronym, written in _FIELD_ACRONYMS.items() for name in written
    }
    ordered = dict(sorted(names.items(), key=lambda item: -len(item[0])))
    return ordered, frozenset(name[0] for name in ordered)


def _as_field_acronyms(words: tuple[str, ...]) -> tuple[str, ...]:
    """Title words (lemmas) with each run naming a structure of _FIELD_ACRONYMS in full written as its acronym."""
    names, heads = _field_names()
    if heads.isdisjoint(words):
        return words
    written, i = [], 0
    while i < len(words):
        for name, acronym in names.items():
            if words[i : i + len(name)] == name:
                written.append(acronym)
                i += len(name)
                break
        else:
            written.append(words[i])
            i += 1
    return tuple(written)


@functools.lru_cache(maxsize=1 << 16)
def _name_lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of the significant words of a folded organiser or place name, as _title_words takes them."""
    return _as_field_acronyms(tuple(_lemma(_stem(w)) for w in _phrases(text).split() if w not in _STOPWORDS))


@functools.lru_cache(maxsize=1 << 16)
def _first_stem(text: str) -> str:
    """The lemma of the first significant word of a folded text, else "" (_name_lemmas(text)[0], without taking
    the other words to their lemma unless the first may begin a name of _FIELD_ACRONYMS)."""
    for word in _phrases(text).split():
        if word not in _STOPWORDS:
            first = _lemma(_stem(word))
            return _name_lemmas(text)[0] if first in _field_names()[1] else first
    return ""


def _named_whole(text: str, present: frozenset[str]) -> set[str] | frozenset[str]:
    """The significant lemmas of `text` when all of them are `present` (and there is one), else none: most
    organiser and place names share no word with the title, and the first word tells."""
    own = set()
    for lemma in _name_lemmas(text):
        if lemma not in present:
            return frozenset()
        own.add(lemma)
    return own


@functools.lru_cache(maxsize=1 << 16)
def formats_of(title: str) -> frozenset[str]:
    """The event formats a title key names (see _FORMATS)."""
    found: frozenset[str] = frozenset()
    for word in title.split():
        found |= _FORMAT_OF.get(_stem(word), frozenset())
    return found


@functools.lru_cache(maxsize=1 << 16)
def _sure_formats(title: str) -> frozenset[str]:
    """The event formats a title key names by words of one format only (« Braderie », not « Foire », a fair's or
    a market's: see _FORMATS)."""
    found: frozenset[str] = frozenset()
    for word in title.split():
        formats = _FORMAT_OF.get(_stem(word), frozenset())
        if len(formats) == 1:
            found |= formats
    return found


def shares_a_word(a: str, b: str) -> bool:
    """Whether two title keys share a meaningful word (3 letters or more, not a stopword), allowing a typo,
    another ending of the same stem ("benevolat" / "benevolement", six letters in common at least) or an
    acronym spelled out in the other title ("scic" / "societes cooperatives d interet collectif"); the acronyms of
    _FIELD_ACRONYMS count whatever their length ("ei", "ea")."""
    words_a = [_stem(w) for w in a.split() if (len(w) >= 3 or w in _FIELD_ACRONYMS) and w not in _STOPWORDS]
    words_b = [_stem(w) for w in b.split() if (len(w) >= 3 or w in _FIELD_ACRONYMS) and w not in _STOPWORDS]
    for word in set(words_a):
        if word in words_b:
            return True
        if len(word) >= 5 and process.extractOne(word, words_b, scorer=fuzz.ratio, score_cutoff=80):
            return True
        if len(word) >= 6 and any(other[:6] == word[:6] for other in words_b):
            return True
    return _spells_out(words_a, words_b) or _spells_out(words_b, words_a)


def _spells_out(words: list[str], others: list[str], letters: range = range(3, 7)) -> bool:
    """Whether one of `words` (of a length in `letters`: 3 to 6) is the initials of consecutive words of `others`."""
    runs = {"".join(w[0] for w in others[i : i + n]) for n in letters for i in range(len(others) - n + 1)}
    return any(len(w) in letters and w in runs for w in words)


def parsed_commune_key(name: str | None) -> str:
    """The geocoder's comparison key of a commune name (CEDEX, arrondissement, St/Ste, article handled),
    without a trailing arrondissement number the COG cannot resolve ("Mraseille 15e"), by the place parser."""
    key = parse_place_name(name).key
    return re.sub(r" \d{1,2} ?(?:e|er|eme)?(?: arrondissement)?$", "", key)


_PLAIN_NAME_STOP = re.compile(r"[\d(\[,;/]|edex|cdx", re.IGNORECASE)
_PLM_CITIES = ("paris", "marseille", "lyon")
_DIGIT = re.compile(r"\d")


def _commune_key(name: str | None) -> str:
    """parsed_commune_key, computed by the geocoder's name_key alone when the name holds nothing the place
    parser would take apart (digits, brackets, commas, CEDEX or a word one typo away from it, a key that
    starts like Paris, Lyon or Marseille or holds a digit once folded, « ² »): most names are keyed at a
    fraction of the cost."""
    if not name or _PLAIN_NAME_STOP.search(name) or name != name.strip(" ,;-"):
        return parsed_commune_key(name)
    if _cedex_like(name):
        return parsed_commune_key(name)
    key = name_key(name)
    return parsed_commune_key(name) if key.startswith(_PLM_CITIES) or _DIGIT.search(key) else key


# Commune fields repeat across records: each distinct one is keyed once.
commune_key = functools.lru_cache(maxsize=1 << 16)(_commune_key)


def official_name_key(name: str) -> str:
    """commune_key of an official commune name, uncached: the ~35,000 COG names are keyed once, when the index
    is built (see _commune_key)."""
    return _commune_key(name)


# Over the names joined by a NUL (see fold_all), where _commune_key may do more than fold a name: a character or
# word _PLAIN_NAME_STOP stops at, « ce » or « ex » (any word one typo away from « cedex » holds one); over their
# folded texts: a digit or a word name_key writes out (« st » -> « saint »). Folded texts hold only [a-z0-9 ], so
# \b is a word's edge, a space, a NUL or an end.
_MAYBE_NOT_PLAIN_NAME = re.compile(r"[\d(\[,;/]|cdx|ce|ex", re.IGNORECASE)
_MAYBE_NOT_PLAIN_KEY = re.compile(r"[0-9]|\b(?:" + "|".join(map(re.escape, _NAME_ABBREVIATIONS)) + r")\b")
_STRIPPED = " ,;-"


def _commune_keys(names: list[str]) -> list[str]:
    """[_commune_key(name) for name in names]: a name that takes its shortcut and that name_key changes only by
    folding (no bracket, comma or slash for its article rules, no word it writes out) has its folded text as
    key, all names folded at once (fold_all); the others (a name found by the patterns above, empty, starting or
    ending with a character _commune_key strips, or keyed like Paris, Lyon or Marseille) are keyed one by one."""
    keys = fold_all(names)
    joined_names, joined_keys = "\x00".join(names), "\x00".join(keys)
    if joined_names.count("\x00") != len(names) - 1:  # a name holding a NUL
        return [_commune_key(name) for name in names]
    name_starts = np.cumsum([0] + [len(name) + 1 for name in names[:-1]])
    key_starts = np.cumsum([0] + [len(key) + 1 for key in keys[:-1]])
    others = {
        position for position, (name, key) in enumerate(zip(names, keys, strict=True))
        if not name or name[0] in _STRIPPED or name[-1] in _STRIPPED or key.startswith(_PLM_CITIES)
    }
    for starts, pattern, text in (
        (name_starts, _MAYBE_NOT_PLAIN_NAME, joined_names), (key_starts, _MAYBE_NOT_PLAIN_KEY, joined_keys),
    ):
        found = [match.start() for match in pattern.finditer(text)]
        others.update((np.searchsorted(starts, found, "right") - 1).tolist())
    for position in others:
        keys[position] = _commune_key(names[position])
    return keys


def _cedex_like(name: str) -> bool:
    """Whether the last word of a name is « cedex » give or take a typo (see _commune_key)."""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    return 4 <= len(last) <= 6 and OSA.distance(last.lower(), "cedex") <= 1


@functools.lru_cache(maxsize=1 << 14)
def initials(name: str) -> str:
    """Initials of the significant words of a folded name: "plateforme des finances solidaires" -> "pfs"."""
    return "".join(w[0] for w in name.split() if w not in _STOPWORDS)


@functools.lru_cache(maxsize=1 << 14)
def acronym_of(name: str) -> str:
    """The folded name as an acronym when it is written as one ("PFS", "P.F.S."), else ""."""
    words = name.split()
    if len(words) == 1 and 2 <= len(words[0]) <= 10:
        return words[0]
    if len(words) >= 2 and all(len(w) == 1 for w in words):
        return "".join(words)
    return ""


# Acronyms as French organisations write them: each word of the name gives its first letter, the first or the
# last word of a name of three significant words or more its first few (« COORACE », « MOUVES », « FRAPNA »,
# « URSCOP »), or the word that ends the acronym, words of the name after it left out (« URSCOP » / « Union régionale
# des Scop et Scic »), articles and prepositions their first letter or nothing (« ADEME »); in a long acronym, one other
# word in three may give nothing (« UNIOPSS »).
ACRONYM_LETTERS = (3, 8)
ACRONYM_PREFIX = 4  # letters the first or the last word gives at most
ACRONYM_SKIPPED = 3  # one significant word in this many may give no letter...
ACRONYM_SKIPPING = 5  # ...in an acronym of this many letters or more


# Prepositions an acronym may leave out, beside the stopwords (« CCFD »: Comité catholique contre la faim et pour le
# développement).
_ACRONYM_PREPOSITIONS = frozenset("contre sans dans entre chez vers sous".split())


@functools.lru_cache(maxsize=1 << 14)
def spells_out(acronym: str, name: str) -> bool:
    """Whether `acronym` (folded, one word) is written with the leading letters of the words of the folded
    `name`, in order, the first significant word giving the first letter (see ACRONYM_*): « cress » / « chambre
    regionale de l economie sociale et solidaire », « urscop » / « union regionale des scop »; a leading article may
    give the first letter (« lma » / « le mouvement associatif »)."""
    words = name.split()
    article = bool(words) and words[0] in _ARTICLES
    while words and words[0] in _STOPWORDS:
        words = words[1:]
    if not (ACRONYM_LETTERS[0] <= len(acronym) <= ACRONYM_LETTERS[1]) or not acronym.isalpha() or len(words) < 2:
        return False
    return _spelled(acronym, tuple(words)) or article and acronym[0] == "l" and _spelled(acronym[1:], tuple(words))


_ARTICLES = frozenset(("le", "la", "les", "l"))


def _spelled(acronym: str, words: tuple[str, ...]) -> bool:
    """spells_out of `acronym` over the words of a name, its leading stopwords taken out."""
    significant = [w not in _STOPWORDS and w not in _ACRONYM_PREPOSITIONS for w in words]
    count = sum(significant)
    most_skipped = count // ACRONYM_SKIPPED if len(acronym) >= ACRONYM_SKIPPING else 0
    # Two words giving more than their initials would make most short names an acronym's (« ACE » / « activite
    # economique »): prefixes come with three significant words or more.
    prefixed = (0, len(words) - 1) if count >= 3 else ()

    @functools.cache
    def fits(letter: int, word: int, skipped: int, given: int) -> bool:
        if skipped > most_skipped:
            return False
        if letter == len(acronym):
            return given >= 2 and skipped + sum(significant[word:]) <= most_skipped
        if word == len(words):
            return False
        text = words[word]
        # The word that ends the acronym may give its first few too, words left out after it (« URSCOP » / « Union
        # régionale des Scop et Scic »), within the words an acronym may skip.
        longest = ACRONYM_PREFIX if word in prefixed or count >= 3 else 1
        for length in range(min(longest, len(text), len(acronym) - letter), 0, -1):
            if length > 1 and word not in prefixed and letter + length < len(acronym):
                continue
            if acronym[letter:letter + length] == text[:length] and fits(letter + length, word + 1, skipped,
                                                                         given + 1):
                return True
        return word > 0 and fits(letter, word + 1, skipped + significant[word], given)

    return fits(0, 0, 0, 0)


class _Territories(NamedTuple):
    by_code: dict[str, str]  # département code, folded -> its folded name
    names: tuple[str, ...]  # folded names of the départements and régions, longest first
    bare: frozenset[str]  # those names without stopwords
    regions: tuple[str, ...]  # folded names of the régions


def _territories_of(departements: pd.DataFrame) -> _Territories:
    """The names of the départements and régions of a COG communes table's columns code_departement, nom_departement
    and nom_region (rows with a département)."""
    pairs = departements[["code_departement", "nom_departement"]].astype(str).drop_duplicates()
    by_code = dict(zip(pairs["code_departement"].str.lower(), fold_all(pairs["nom_departement"].tolist()), strict=True))
    regions = fold_all(sorted(set(departements["nom_region"].dropna().astype(str))))
    names = {*by_code.values(), *regions}
    bare = frozenset(" ".join(w for w in name.split() if w not in _STOPWORDS) for name in names)
    longest_first = tuple(sorted(names, key=lambda name: (-len(name), name)))
    return _Territories(by_code, longest_first, bare, tuple(sorted(regions)))


NO_TERRITORY_NAMES = _Territories({}, (), frozenset(), ())


# Words of territories' names that quarters' names hold too (« Chambéry-le-Haut », « Lille Grand Palais », « Rennes
# Centre »).
_TERRITORY_COMMON_WORDS = frozenset("bas basse centre cote cotes denis deux est france grand haut haute hautes hauts "
                                    "ile nord nouvelle or pas pays puy saint sud territoire val".split())
# Islands and archipelagos of several communes, that a source names in place of the commune (« Salle polyvalente,
# Marie-Galante », « Les Saintes », « Belle-Île »): (their names, their département, their communes' names). The
# name is read as the island's communes, not as a commune its words may key to (« Les Saintes » is not Saintes,
# Charente-Maritime), unless a commune bears it. Mayotte's Grande-Terre, of 15 communes, is left out.
ISLANDS = (
    (("Marie-Galante", "Île de Marie-Galante"), "971", ("Grand-Bourg", "Capesterre-de-Marie-Galante", "Saint-Louis")),
    (("Les Saintes", "Îles des Saintes", "Archipel des Saintes"), "971", ("Terre-de-Haut", "Terre-de-Bas")),
    (("Grande-Terre",), "971", ("Les Abymes", "Anse-Bertrand", "Le Gosier", "Morne-à-l'Eau", "Le Moule",
                                "Petit-Canal", "Pointe-à-Pitre", "Port-Louis", "Saint-François", "Sainte-Anne")),
    (("Petite-Terre",), "976", ("Dzaoudzi", "Pamandzi")),
    (("Belle-Île", "Belle-Île-en-Mer"), "56", ("Le Palais", "Bangor", "Locmaria", "Sauzon")),
    (("Île de Ré",), "17", ("Ars-en-Ré", "La Couarde-sur-Mer", "La Flotte", "Le Bois-Plage-en-Ré", "Les Portes-en-Ré",
                           "Loix", "Rivedoux-Plage", "Saint-Clément-des-Baleines", "Saint-Martin-de-Ré",
                           "Sainte-Marie-de-Ré")),
    (("Île d'Oléron", "Oléron"), "17", ("Le Château-d'Oléron", "Dolus-d'Oléron", "La Brée-les-Bains",
                                       "Le Grand-Village-Plage", "Saint-Denis-d'Oléron", "Saint-Georges-d'Oléron",
                                       "Saint-Pierre-d'Oléron", "Saint-Trojan-les-Bains")),
    (("Île de Noirmoutier",), "85", ("Barbâtre", "La Guérinière", "L'Épine", "Noirmoutier-en-l'Île")),
)
# Inhabitants a town has at least for the sources to write one of its quarters after its name (« Metz-Borny »).
QUARTERED_TOWN_POPULATION = 20_000


@dataclass
class CommuneIndex:
    """Candidate current communes (COM codes) of a place from its INSEE code, postal code or name; names are
    keyed with the geocoder's text rules (assets.lib.geocode_text)."""

    parent: dict[str, str]  # any COG code (COM, COMD, COMA, ARM) -> its COM
    by_postal: dict[str, frozenset[str]]
    by_name: dict[str, frozenset[str]]
    # The département of each COM, and the départements a département's or région's name covers (its key, with and
    # without article): « Rennes (Ille-et-Vilaine) », « Saint-Denis, La Réunion », « Saint-Denis (93) ».
    departement: dict[str, str] = field(default_factory=dict)
    territories: dict[str, frozenset[str]] = field(default_factory=dict)
    # A name no commune bears said for the town whose name it begins (« Brive »: see geocode_tables.short_names), or
    # whose déléguée's or associée's name it begins (« Hellemmes »: Lille, see geocode_tables.former_short_names).
    short_names: dict[str, str] = field(default_factory=dict)
    # The communes by their names' keys without a leading article (« grand quevilly »: Le Grand-Quevilly), as the
    # coder reads them (its national_noart).
    by_name_without_article: dict[str, frozenset[str]] = field(default_factory=dict)
    # The communes by their names' keys without spaces: an apostrophe left out or added (« Mtsangamouji » for
    # M'Tsangamouji, « M'tsamboro » for Mtsamboro, Mayotte) leaves one word where the other has two.
    by_compact_name: dict[str, frozenset[str]] = field(default_factory=dict)
    # The towns of QUARTERED_TOWN_POPULATION inhabitants or more by their names' keys, where the name's other communes,
    # if any, have a tenth of the town's inhabitants at most: a town that has quarters, written before one
    # (« Strasbourg-Neudorf », « Bastia Lupino », « La Rochelle Mireuil »).
    quartered_towns: dict[str, str] = field(default_factory=dict)
    # The communes of QUARTERED_TOWN_POPULATION inhabitants or more, and the région of each département: a quarter's
    # name that small communes far away bear too is still a quarter (see _far_and_small).
    large_towns: frozenset[str] = frozenset()
    region_of: dict[str, str] = field(default_factory=dict)
    # The words of the départements' and régions' names (stopwords aside): no quarter's (« Grenoble Alpes », « Marseille
    # Provence » name a university, an airport or a métropole, not a quarter).
    territory_words: frozenset[str] = frozenset()
    # The first postal code of each commune that has several (« 31000 » of Toulouse's 31000 to 31500): the one a source
    # writes for the town, whatever its part (see _town_postal).
    first_postal: dict[str, str] = field(default_factory=dict)
    # The départements' and régions' names: those an organiser's name may say its territory by (_territory_names,
    # installed by deduplicate).
    territory_names: _Territories = NO_TERRITORY_NAMES
    # The communes of an island's name (see ISLANDS), by its key.
    islands: dict[str, frozenset[str]] = field(default_factory=dict)
    # The communes déléguées but their communes' chefs-lieux, by their names' keys: {commune: the déléguée's code}
    # (« tourlaville »: {50129: 50602}, Tourlaville in Cherbourg-en-Cotentin). Not the communes associées: their names
    # stand for the whole town too (« Hellemmes », « Lomme » for Lille).
    delegated: dict[str, dict[str, str]] = field(default_factory=dict)
    # {commune: (its own and its chef-lieu's names' keys, (key, code) of each of those déléguées)}
    delegated_parts: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    # The urban intercommunality (communauté d'agglomération, communauté urbaine, métropole, établissement public
    # territorial) of each of its communes, by code: a town's neighbours that a source may name it by (see
    # _neighbour_town).
    urban_area: dict[str, str] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)
    _abbreviation_heads: dict | None = field(default=None, repr=False)  # see _abbreviated
    _addresses: dict = field(default_factory=dict, repr=False)  # see _address_parts
    _communes: dict = field(default_factory=dict, repr=False)  # see _place
    _title_towns: dict = field(default_factory=dict, repr=False)  # see _read_title_towns

    # The columns of the COG communes table the index reads.
    COLUMNS = ("code_commune_insee", "nom_commune", "type_commune", "code_commune_parente", "codes_postaux",
               "anciens_codes", "code_departement", "code_region", "nom_departement", "nom_region", "population")

    @classmethod
    def from_reference(cls, root: Path | None = None) -> CommuneIndex:
        from assets.lib.reference import (
            load_communes,
            load_departements,
            load_epci,
            load_former_communes,
            load_regions,
        )

        communes = load_communes(root).merge(
            load_departements(root)[["code_departement", "nom_departement"]], on="code_departement", how="left"
        ).merge(load_regions(root)[["code_region", "nom_region"]], on="code_region", how="left")
        return cls.from_communes(communes, load_former_communes(root), load_epci(root))

    @classmethod
    def from_communes(cls, table: pd.DataFrame, former: pd.DataFrame | None = None,
                      epci: pd.DataFrame | None = None) -> CommuneIndex:
        """The index over a COG communes table (the vendored file or the warehouse's cog_communes) and the names its
        communes bore and bear no more (`former`: code_commune_insee, nom_commune_ancienne; see load_former_communes),
        read as the coder reads them: where no current name is theirs; `epci`: the intercommunalities (type_epci,
        codes_communes; see load_epci), for the urban ones (see urban_area)."""
        codes = table["code_commune_insee"].astype(str).tolist()
        kinds = table["type_commune"].astype(str).tolist()
        parent_codes = table["code_commune_parente"].fillna("").astype(str).tolist()
        parents = [p or c for p, c in zip(parent_codes, codes, strict=True)]
        parent: dict[str, str] = {}
        for code, kind, com in zip(codes, kinds, parents, strict=True):
            if kind == "COM" or code not in parent:
                parent[code] = com
        by_postal: dict[str, set[str]] = {}
        by_name: dict[str, set[str]] = {}
        names = table["nom_commune"].astype(str).tolist()
        keys = _commune_keys(names)  # as official_name_key: "Paris 11e Arrondissement" -> "paris"
        postal_codes: dict[str, set[str]] = {}
        for com, key, postal in zip(parents, keys, table["codes_postaux"].fillna("").astype(str).tolist(),
                                    strict=True):
            for code in postal.split("|"):
                if code:
                    by_postal.setdefault(code, set()).add(com)
                    postal_codes.setdefault(com, set()).add(code)
            by_name.setdefault(key, set()).add(com)
        for code, old in zip(parents, table["anciens_codes"].fillna("").astype(str).tolist(), strict=True):
            for old_code in old.split("|"):
                if old_code and old_code not in parent:
                    parent[old_code] = code
        departement, territories, territory_names = {}, {}, NO_TERRITORY_NAMES
        if "code_departement" in table.columns:
            deps = table["code_departement"].fillna("").astype(str).tolist()
            departement = {com: dep for com, code, dep in zip(parents, codes, deps, strict=True) if com == code and dep}
        if {"code_departement", "nom_departement", "code_region", "nom_region"} <= set(table.columns):
            from assets.lib.geocode_tables import territory_deps

            # The geocoder's keys of the départements' and régions' names; « France » covers none here.
            named = table.dropna(subset=["code_departement", "nom_departement"])
            territory_names = _territories_of(named)
            territories = {key: covered for key, covered in territory_deps(
                named[["code_departement", "nom_departement", "code_region"]].drop_duplicates("code_departement"),
                named[["code_region", "nom_region"]].dropna().drop_duplicates("code_region"),
            ).items() if covered}
        # The names communes bore, where no current name is theirs, nor a territory's, a natural region's or a venue
        # word's (« Meuse », « Ubaye »), as the coder reads them alone
        former_keys = set()  # see the former names said short below
        if former is not None and len(former):
            known = set(parents)
            current_names = set(by_name)
            for com, key in zip(former["code_commune_insee"].astype(str).tolist(),
                                _commune_keys(former["nom_commune_ancienne"].astype(str).tolist()), strict=True):
                if com in known and key not in current_names and key not in territories \
                        and not names_a_non_commune(key):
                    by_name.setdefault(key, set()).add(com)
                    former_keys.add(key)
        said_short, quartered, large = {}, {}, frozenset()
        if "population" in table.columns:  # as the coder reads a town's name said short
            from assets.lib.geocode_tables import LARGER_NAMESAKE, former_short_names, populations_of, short_names

            current = [k for k, kind in enumerate(kinds) if kind == "COM"]
            populations = populations_of(table)
            said_short = short_names([codes[k] for k in current], [keys[k] for k in current],
                                     {codes[k]: populations[k] for k in current}, territories)
            subunits = [k for k, kind in enumerate(kinds) if kind in ("COMD", "COMA")]
            said_short |= former_short_names([parents[k] for k in subunits], [keys[k] for k in subunits],
                                             [keys[k] for k in current], territories)
            # the name's other communes, if any, villages beside it (« La Rochelle »: La Rochelle, Haute-Saône, 100
            # inhabitants), as a town said short is read (geocode_tables.short_names)
            population_of = {codes[k]: populations[k] for k in current}
            quartered = {keys[k]: codes[k] for k in current if populations[k] >= QUARTERED_TOWN_POPULATION
                         and keys[k] not in territories
                         and all(population_of.get(other, 0) * LARGER_NAMESAKE <= populations[k]
                                 for other in by_name[keys[k]] if other != codes[k])}
            large = frozenset(codes[k] for k in current if populations[k] >= QUARTERED_TOWN_POPULATION)
        region_of = {}
        if {"code_departement", "code_region"} <= set(table.columns):
            region_of = dict(zip(table["code_departement"].fillna("").astype(str),
                                 table["code_region"].fillna("").astype(str), strict=True))
        for key in former_keys:
            # A former name a larger town's name begins is that town's too, as the coder reads it alone (« Chalons »:
            # Chalon, Isère, until 2012, or Châlons-en-Champagne)
            town = said_short.get(compact(key))
            if town is not None:
                by_name[key].add(town)
        islands = _islands_of(keys, codes, kinds, departement, by_name)
        delegated: dict[str, dict[str, str]] = {}
        delegated_parts: dict[str, list[tuple[str, str]]] = {}
        homes: dict[str, list[str]] = {}
        for code, kind, com, key in zip(codes, kinds, parents, keys, strict=True):
            if kind == "COMD" and code != com:
                delegated.setdefault(key, {})[com] = code
                delegated_parts.setdefault(com, []).append((key, code))
            elif code == com:
                homes.setdefault(com, []).append(key)
        without_articles: dict[str, set[str]] = {}
        compacts: dict[str, set[str]] = {}
        for key, coms in by_name.items():
            without_articles.setdefault(without_article(key), set()).update(coms)
            compacts.setdefault(compact(key), set()).update(coms)
        return cls(
            parent=parent,
            by_postal={k: frozenset(v) for k, v in by_postal.items()},
            by_name={k: frozenset(v) for k, v in by_name.items()},
            departement=departement,
            territories=territories,
            short_names=said_short,
            by_name_without_article={k: frozenset(v) for k, v in without_articles.items()},
            by_compact_name={k: frozenset(v) for k, v in compacts.items()},
            territory_names=territory_names,
            islands=islands,
            delegated=delegated,
            delegated_parts={com: (tuple(homes.get(com, ())), tuple(parts)) for com, parts in delegated_parts.items()},
            quartered_towns=quartered,
            large_towns=large,
            region_of=region_of,
            first_postal={com: min(codes) for com, codes in postal_codes.items() if len(codes) > 1},
            territory_words=frozenset(word for key in territories for word in key.split()
                                      if word not in _STOPWORDS and word not in _TERRITORY_COMMON_WORDS),
            urban_area=_urban_areas(epci),
        )

    def candidates(self, insee: str, postal: str, name: str, key: str | None = None) -> frozenset[str]:
        """The communes the place can be in; empty when nothing is known. `key`: commune_key(name), when the
        caller has it."""
        found = self._cache.get((insee, postal, name))
        if found is None:
            found = self._cache[(insee, postal, name)] = self._candidates(insee, postal, name, key)
        return found

    def _candidates(self, insee: str, postal: str, name: str, key: str | None) -> frozenset[str]:
        if insee and insee in self.parent:
            return frozenset([self.parent[insee]])
        by_postal = self.by_postal.get(postal, frozenset()) if postal else frozenset()
        key = (commune_key(name) if key is None else key) if name else ""
        by_name = self.by_name.get(key, frozenset()) if key else frozenset()
        # « Champigny/Marne »: Champigny-sur-Marne before the Champigny of the Marne, unless the postal code says
        # otherwise (as the geocoder reads it)
        on_river = self.by_name.get(commune_key(slash_as_sur(name)), frozenset()) if "/" in name else frozenset()
        if on_river and (not by_postal or on_river & by_postal):
            return on_river & by_postal or on_river
        if name and not by_name:
            by_name = (self.islands.get(key) or self.by_name_without_article.get(without_article(key), frozenset())
                       or self._named_with_territory(key) or self._abbreviated(name) or self._said_short(key)
                       or self.by_compact_name.get(compact(key), frozenset()) or self._one_name_of_two(name)
                       or self._town_of_quarter(key))
        else:
            if by_name and without_article(key) == key:
                # A name written without its article may be a commune's that has one: « Lamentin » is Lamentin
                # (Guadeloupe) or Le Lamentin (Martinique), « Port » Le Port (La Réunion) as well as Port (Ain).
                by_name = by_name | self.by_name_without_article.get(key, frozenset())
            if len(by_name) > 1 and "(" in name:  # « Saint-Denis (93) »
                hinted = parse_place_name(name).departement
                by_name = frozenset(com for com in by_name if self.departement.get(com) == hinted) or by_name
        if by_postal and by_name:
            both = by_postal & by_name
            return both or (by_postal | by_name)  # a typo or a CEDEX name: stay lenient
        return by_postal or by_name

    def _named_with_territory(self, key: str) -> frozenset[str]:
        """The communes of a name followed by the département or région they are in (« rennes ille et vilaine »,
        « saint denis la reunion »); none when the territory is not theirs (« Rennes, Gironde »)."""
        for head, covered in territory_splits(key.split(), self.territories):  # as the coder reads them
            named = self.by_name.get(head)
            if named:
                return frozenset(com for com in named if self.departement.get(com) in covered)
        return frozenset()

    def _abbreviated(self, name: str) -> frozenset[str]:
        """The communes of the one name a name cut short stands for (« Clermont-Fd », « Charleville-Méz. »: see
        geocode_text.expand_abbreviation); none otherwise."""
        found = self._cache.get(("abrégé", name))
        if found is None:
            if self._abbreviation_heads is None:
                self._abbreviation_heads = abbreviation_heads(list(self.by_name))
            found = self._cache[("abrégé", name)] = self.by_name.get(
                expand_abbreviation(name, self._abbreviation_heads), frozenset())
        return found

    def _one_name_of_two(self, name: str) -> frozenset[str]:
        """The communes of the one part that names some in a town field of two names (a bilingual sign: « Quimper -
        Kemper », « An Oriant / Lorient »), or those both parts name when each does (« Kemper / Quimper », Kemper
        being Quimper's regional-language name); none when no part does or the two name different communes."""
        parts = [part for part in _TWO_NAMES.split(name) if part.strip()]
        if len(parts) != 2:
            return frozenset()
        found = [self.by_name.get(commune_key(part), frozenset()) for part in parts]
        named = [communes for communes in found if communes]
        return named[0] if len(named) == 1 else named[0] & named[1] if len(named) == 2 else frozenset()

    def quarter_in(self, key: str) -> str:
        """The words after the town's name of a commune key read as a town and its quarter (see _town_and_quarter), else
        "" (« strasbourg neudorf »: « neudorf »)."""
        if not key or key in self.by_name:
            return ""
        return self._town_and_quarter(key)[1]

    def _town_of_quarter(self, key: str) -> frozenset[str]:
        """The town of a name read as a town and its quarter (see _town_and_quarter); none otherwise."""
        code = self._town_and_quarter(key)[0]
        return frozenset([code]) if code else frozenset()

    def _town_and_quarter(self, key: str) -> tuple[str, str]:
        """(the town, its quarter's words) of a name no commune bears that begins with a town that has quarters (see
        quartered_towns), when the words after it name no other commune (but small ones far away: see _far_and_small),
        no intercommunality and hold no territory's word (« Strasbourg Neudorf », « Lille-Fives », « Marseille
        L'Estaque », « Metz-Borny », « Bordeaux Bastide »: the town; not « Lyon Villeurbanne », « Paris-Saclay »,
        « Nantes Métropole », « Grenoble Alpes »); ("", "") otherwise."""
        words = key.split()
        for count in range(len(words) - 1, 0, -1):
            code = self.quartered_towns.get(" ".join(words[:count]))
            if code is not None and words[count] not in ("d", "de", "du", "des"):
                # « Fontaine d'Ouche » is a quarter of Dijon, not one of Fontaine (Isère): a name of its own
                tail = " ".join(words[count:])
                named = self.by_name.get(tail) or self.by_name_without_article.get(without_article(tail), frozenset())
                other_commune = not named <= {code} and not self._far_and_small(named, code)  # « Metz-Borny »: Metz's
                if not other_commune and _INTERCOMMUNAL_END.isdisjoint(words[count:]) \
                        and self.territory_words.isdisjoint(words[count:]):
                    return code, tail
                return "", ""
        return "", ""

    def _far_and_small(self, named: frozenset[str], town: str) -> bool:
        """Whether communes a quarter's name is also the name of (its article left out or not) are all smaller than
        quartered towns and outside the town's région (geocode_tables.villages_far_away: « Bordeaux Bastide »,
        « Toulouse Lalande »; not « Lille Madeleine », « Paris-Saclay », « Rennes Maurepas », « Paris Beauvais »)."""
        from assets.lib.geocode_tables import villages_far_away

        def region(com: str) -> str | None:
            return self.region_of.get(self.departement.get(com, ""))

        return villages_far_away(named, {region(town)} - {None}, self.large_towns.__contains__, region)

    def _said_short(self, key: str) -> frozenset[str]:
        """The town a name no commune bears is said short for (« Brive », « Cherbourg »: see short_names); none
        otherwise."""
        code = self.short_names.get(compact(key))
        return frozenset([code]) if code else frozenset()

    def is_postal_code(self, postal: str) -> bool:
        return postal in self.by_postal

    def is_commune_name(self, text: str) -> bool:
        if not text:
            return False
        key = commune_key(text)
        return (key in self.by_name or key in self.islands or without_article(key) in self.by_name_without_article
                or bool(self._abbreviated(text)) or bool(self._said_short(key)) or bool(self._town_of_quarter(key)))


def _islands_of(keys: list[str], codes: list[str], kinds: list[str], departement: dict[str, str],
                by_name: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """{key of an island's name: its communes} of ISLANDS, over a COG table's name keys, codes and kinds and its
    communes' départements; an island whose communes are not all found, or whose name a commune bears, is left out."""
    found: dict[tuple[str, str], str] = {
        (departement.get(code, ""), key): code for key, code, kind in zip(keys, codes, kinds, strict=True)
        if kind == "COM"}
    islands = {}
    for names, island_departement, communes in ISLANDS:
        island = [found.get((island_departement, official_name_key(name))) for name in communes]
        if None in island:
            continue
        for name in names:
            key = official_name_key(name)
            if key not in by_name:
                islands[key] = frozenset(island)
    return islands


# What separates the two names of a town written twice (a bilingual sign): a slash, a dash between spaces.
_TWO_NAMES = re.compile(r"\s*/\s*|\s+[-–—]\s+")


@dataclass
class DedupResult:
    events: pd.DataFrame  # one row per real event, `sources_fusionnees` filled
    merges: (
        pd.DataFrame
    )  # the records merged away: edition, identifiant (kept row), source, source_identifiant
    clusters: list[list[int]] = field(default_factory=list)  # row positions of the input, clusters of ≥ 2
    pairs_scored: int = 0
    # edition -> what stopped its merge (deduplicate_in_pieces): its records are then published unmerged
    failures: dict[int, str] = field(default_factory=dict)


def _valid_point(lat: float, lon: float) -> bool:
    if lat != lat or lon != lon:
        return False
    return any(a <= lat <= b and c <= lon <= d for a, b, c, d in _FRANCE_BOXES)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


# Breton's « c'h » ending or beginning a word (« Kervoac'h », « ar C'hoat »), folded to « c h », is often written
# « ch » (« Kervoach »): one letter.
_BRETON_CH = re.compile(r"(?<=[a-z])c h\b|\bc h(?=[a-z])")


@functools.lru_cache(maxsize=1 << 16)
def place_key(text: str) -> str:
    """Folded venue and address with the usual abbreviations spelled out (r. -> rue, av. -> avenue, 4bis -> 4 bis,
    le106 -> le 106)."""
    folded = _ORDINAL_ENDING.sub(r"\1e", _BRETON_CH.sub("ch", fold(text)))
    glued = _GLUED_NUMBER.sub(" ", _GLUED_INDEX.sub(r"\1 \2", folded))
    key = " ".join(_ABBREVIATIONS.get(word, word) for word in glued.split())
    for compound, written in _STREET_COMPOUNDS:
        key = compound.sub(written, key)
    return key


# Prefixes written before their word with a hyphen, a space or glued to it in names of venues
# (« Centre socio-culturel », « Tiers-lieu », « Éco-lieu », « Espace multi-accueil », « Maison intergénérationnelle »).
# « Ciné » only before « club »: elsewhere it begins a cinema's name (« Ciné Lumière », « Ciné Orson Welles »).
_COMPOUND_PREFIXES = "socio|multi|inter|intra|pluri|eco|tiers|co|micro|auto|bio|agro|semi|mini|para|peri|trans"
_COMPOUND = re.compile(rf"\b({_COMPOUND_PREFIXES}) ([a-z]{{3,}})|\b(cine) (club)\b")


@functools.lru_cache(maxsize=1 << 14)
def _compounds_joined(venue: str) -> str:
    """A venue key with each compound's prefix joined to its word: two names, one written with the hyphen and one
    without (« socio-culturel », « socioculturel »), compare as one."""
    return _COMPOUND.sub(lambda match: "".join(filter(None, match.groups())), venue)


# The prefixes of venue words an acronym gives a letter of, the word joined or not (« CSC » : centre socioculturel,
# « CMS » : centre médicosocial, « EMA » : espace multiaccueil).
_ACRONYM_COMPOUND = re.compile(r"\b(socio|medico|psycho|multi|pluri|agro)(?=[a-z]{3,})")


@functools.lru_cache(maxsize=1 << 14)
def _compounds_split(venue: str) -> str:
    """A venue key with each compound's prefix of _ACRONYM_COMPOUND set apart from its word, as an acronym reads it."""
    return _ACRONYM_COMPOUND.sub(r"\1 ", venue)


class _Street(tuple):
    """(number, street type, first word of the street name), compared and hashed as that tuple; `initial`, the initial
    written before that word and left out of it (« r. J. Alain »), and `then`, the word after it (« r. Jehan Alain »),
    read by _same_street: a given name the sources abbreviate that is not one of _STREET_GIVEN_NAMES."""

    initial: str = ""
    then: str = ""


@functools.lru_cache(maxsize=1 << 16)
def street_of(place: str) -> tuple[str, str, str] | None:
    """(number, street type, first word of the street name) of a folded place text, if it has one.

    One word only: a free-text place often runs on into the commune ("12 rue Victor Hugo Rennes")."""
    match = _STREET.search(place)
    if match is None:
        return None
    first, last = match.group(1), match.group(2)
    number = f"{first}-{last}" if last and int(last) > int(first) else first  # « 4-6 »: numbers 4 and 6
    street = _Street((number, match.group(3), _street_name(match.group(4))))
    words = [w for w in match.group(4).split() if w not in _STREET_ARTICLES]
    if len(words) >= 2 and words[0] != street[2]:
        if len(words[0]) == 1 and words[0].isalpha() and words[1] == street[2]:
            street.initial = words[0]
    elif len(words) >= 2:
        street.then = words[1]
    return street


def _street_name(words: str) -> str:
    """The first word of a street's name, articles aside; two when it is a day's number, the month naming the street
    (« rue du 8 Mai 1945 » is not « rue du 11 Novembre »), or a saint (« rue Saint-Michel » is not « rue
    Saint-Jacques »). A person's title, given name or initial before the name is left out, as sources often do (« bd
    du Général Leclerc » and « bd Leclerc », « rue Victor Hugo » and « rue Hugo », « av. J.-C. Bonduelle »): a given
    name only when no article comes before it (« rue de la Pierre Plate » is not a person's), nor « rue » or « chemin »
    read out of an initial (« R. », « Ch. »). Numbers written out read as figures (« Trois Rois » / « 3 Rois »)."""
    raw = _STREET_NUMBERS_SPELT.sub(
        lambda match: str(_STREET_TENS[match.group(1)] + _STREET_UNITS[match.group(2)]), words).split()
    raw = [_STREET_NUMBER_WORDS.get(word) or _street_ordinal(word) for word in raw]
    # Each word but the articles, and whether an article comes just before it.
    kept = [(w, k > 0 and raw[k - 1] in _STREET_ARTICLES) for k, w in enumerate(raw) if w not in _STREET_ARTICLES]
    while len(kept) >= 2 and (kept[0][0] in _STREET_TITLES or len(kept[0][0]) == 1 and kept[0][0].isalpha()
                              or kept[0][0] in _STREET_GIVEN_NAMES and not kept[0][1]
                              or kept[0][0] in _STREET_SPELLED_INITIALS and not kept[0][1]
                              # a given name before a middle initial (« George S. Patton », « John F. Kennedy »)
                              or len(kept) >= 3 and len(kept[1][0]) == 1 and kept[1][0].isalpha() and not kept[0][1]):
        kept = kept[1:]
    kept = [w for w, _ in kept]
    return " ".join(kept[:2] if kept and (kept[0].isdigit() or kept[0] in ("saint", "sainte")) else kept[:1])


@functools.lru_cache(maxsize=1 << 16)
def numberless_street_of(place: str) -> tuple[str, str, str] | None:
    """("", street type, first word of the street name) of a folded place text that begins with a street without
    a house number (« boulevard pascal rossini »), if it does."""
    match = _NUMBERLESS_STREET.match(place)
    return None if match is None else ("", match.group(1), _street_name(match.group(2)))


def _street_only(record: _Record) -> bool:
    """Whether a record's place is a street: with a house number, or without one and no other venue."""
    return bool(record.street[0]) or not record.venue or _street_named(record)


def _street_named(record: _Record) -> bool:
    """Whether a record's place is named by its street alone, without a number (« Place des Forges »)."""
    return record.street is not None and not record.street[0] and numberless_street_of(record.venue) == record.street


def _venue_in_title(a: _Record, b: _Record) -> bool:
    """Whether `b`'s title names `a`'s venue: its words (see _venue_titled_by), or its one word of six letters or more,
    article aside, when no venue is named so (a quarter, « Hautepierre », « Celleneuve », « Le Blosne »), which `b`'s
    organiser may name instead (the « CS Maurepas » organises the repair café of the Maurepas quarter), or the title of
    another record at `b`'s venue (« Repair café Belsunce » at Coco Velten, for another source's « Repair café à Coco
    Velten »); or the street `b` gives is named after it."""
    if not a.venue:
        return False
    if _venue_titled_by(a.venue, b.title):
        return True
    words = [word for word in a.venue.split() if word not in _ARTICLES]
    name = " ".join(words)
    if len(name) >= 6 and (b.street is not None and name == b.street[2] or name in b.venue_titles):
        return True  # the quarter a street is named after (« La Joliette » / « 10 place de la Joliette »)
    return len(words) == 1 and len(words[0]) >= 6 and words[0] not in _TITLED_VENUE_HEADS and (
        words[0] in b.title.split() or words[0] in b.organiser.split() or words[0] in b.venue_titles)


def _quarter_alone_named(a: _Record, b: _Record) -> bool:
    """Whether `a` gives for its place a venue alone, no commune nor street, that `b`'s title or organiser names (see
    _venue_in_title): the quarter of `b`'s town."""
    return not a.communes and a.street is None and not a.online and _venue_in_title(a, b)


def _organisers_premises(a: _Record, b: _Record) -> bool:
    """Whether `a`'s venue is `b`'s organiser itself, by its name or its acronym either way (« UBO, Brest » in a
    calendar, the « Fac Segalen » in the university's own listing): the organiser's premises, of which `b` names the
    building."""
    return bool(a.venue) and (a.venue in (b.organiser, b.organiser_acronym) or " " not in b.organiser and spells_out(
        b.organiser, a.venue))  # « Collectif Vélos en Ville » where « CVV » holds its bike workshop


def _campus_holds(a: str, b: str) -> bool:
    """Whether one of two venue keys names a campus and the other does not: a university's building, its amphitheatre
    or its hall (« INSA Lyon », « Lilliad ») is on a campus another source gives as the place (« Campus de la
    Doua »)."""
    return (a.split()[:1] == ["campus"]) != (b.split()[:1] == ["campus"])


# Street types that name a locality rather than a way: a place named by that locality's name alone may be there.
_LOCALITY_TYPES = frozenset({"lieudit", "section", "quartier", "lotissement"})
# What a locality's name may begin with, besides those (« Cité Boissard », « Hameau de la Mare »).
_LOCALITY_HEADS = _LOCALITY_TYPES | {"cite", "hameau", "village", "ecart"}


def _locality_words(place: str) -> str:
    """A folded locality's name without the words that say it is one nor articles (« cite boissard »: « boissard »)."""
    return " ".join(w for w in place.split() if w not in _LOCALITY_HEADS and w not in _STREET_ARTICLES)


def _locality_named(a: _Record, b: _Record) -> bool:
    """Whether a record without street names for its place only the locality another gives as its address (« Kervoach »
    against a farm at « Lieu-dit Kervoac'h », « Boisvin » against « Section Boisvin », « Boissard » against an
    épicerie at « Cité Boissard »), or both give one locality beside their venues, neither a street (« Ferme
    pédagogique, Montebello » / « Ferme de Montebello, Montebello »): the venue may stand there."""
    if a.street is not None:
        return False
    if b.street is None:
        return bool(b.locality) and (_locality_words(a.venue) == b.locality or a.locality == b.locality)
    return not b.street[0] and b.street[1] in _LOCALITY_TYPES and (
        [w for w in a.venue.split() if w not in _STREET_ARTICLES][:1] == [b.street[2]]
        or a.locality.split()[:1] == [b.street[2]])


def _same_street(a: tuple[str, str, str] | None, b: tuple[str, str, str] | None) -> bool:
    """Whether two streets are one: the same, or one without its number on the other's street. A name's first word
    given by its initial is that word (« av. J.-C. Bonduelle », « bd J. Jaurès »), a given name too (« rue J. Alain » /
    « rue Jehan Alain »)."""
    return a is not None and b is not None and _same_number(a[0], b[0]) and a[1] == b[1] and (
        a[2] == b[2] or _initial_of(a[2], b[2]) or _initial_of(b[2], a[2])
        or _given_name_abbreviated(a, b) or _given_name_abbreviated(b, a))


def _given_name_abbreviated(short: tuple, name: tuple) -> bool:
    """Whether `short` writes by its initial the given name that `name` writes whole, before one surname (« rue J.
    Alain » / « rue Jehan Alain »): street_of keeps the surname of one, the given name of the other when it does not
    know it for one."""
    initial = getattr(short, "initial", "")
    return bool(initial) and getattr(name, "then", "") == short[2] and name[2].startswith(initial) and len(
        name[2]) > 1


NEXT_DOOR = 4  # house numbers this close on one side of a street may be one building's (« 87-89 » given as either)


def _one_venue_next_door(a: _Record, b: _Record) -> bool:
    """Whether two records give one venue's name at two numbers of one street, on its side and NEXT_DOOR apart at most:
    the two ends of the building's range, each source writing one (« Cinéma Le Celtic, 87 av. Victor Hugo » / « …,
    89 avenue Victor Hugo »)."""
    if not (a.street and b.street and a.street[0] and b.street[0] and a.venue and b.venue):
        return False
    if not _same_street(("", *a.street[1:]), ("", *b.street[1:])):  # the street, its numbers aside
        return False
    (low_a, high_a), (low_b, high_b) = _numbers_of(a.street[0]), _numbers_of(b.street[0])
    apart = min(abs(x - y) for x in (low_a, high_a) for y in (low_b, high_b))
    return apart <= NEXT_DOOR and (low_a - low_b) % 2 == 0 and fuzz.token_set_ratio(
        _compounds_joined(a.venue), _compounds_joined(b.venue)) >= VENUE_SAME


_ZONES = frozenset(("za", "zi", "zac", "zone"))  # street types of an area holding streets (« ZA des Landes »)


def _zone_around(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether one street is a business park or another zone given without a number (« ZA des Landes ») and the
    other a numbered street that is no zone (« 2 rue des Landes »): the zone may hold that street, nothing says
    which of its streets the event is at."""
    return any(zone[1] in _ZONES and not zone[0] and street[0] and street[1] not in _ZONES
               for zone, street in ((a, b), (b, a)))


def _numbers_of(number: str) -> tuple[int, int]:
    """The first and last house numbers of a street_of() number (« 4-6 »: 4 and 6; « 4 »: 4 and 4)."""
    low, _, high = number.partition("-")
    return int(low), int(high or low)


def _same_number(a: str, b: str) -> bool:
    """Whether two house numbers (street_of) may be one building's: the same, one not given, or one in the other's
    range on its side of the street (« 6 » in « 4-6 », not « 5 »)."""
    if a == b or not (a and b):
        return True
    (low_a, high_a), (low_b, high_b) = _numbers_of(a), _numbers_of(b)
    return low_a <= high_b and low_b <= high_a and (low_a - low_b) % 2 == 0


def _initial_of(short: str, name: str) -> bool:
    return len(short) == 1 and len(name) > 1 and name.startswith(short)


# The kinds of intercommunality of a town and its suburbs (not the communautés de communes, rural and wide).
URBAN_EPCI_KINDS = frozenset({"CA", "CU", "METRO", "MET69", "EPT"})


def _urban_areas(epci: pd.DataFrame | None) -> dict[str, str]:
    """{commune code: its urban intercommunality's index} from the intercommunalities' table (see URBAN_EPCI_KINDS);
    a commune of the Grand Paris' territories is in its EPT (the Métropole du Grand Paris is not in the table)."""
    found: dict[str, str] = {}
    if epci is None or epci.empty:
        return found
    for code_epci, kind, codes in zip(epci["code_epci"].astype(str), epci["type_epci"].astype(str),
                                      epci["codes_communes"].astype(str), strict=True):
        if kind in URBAN_EPCI_KINDS:
            for code in codes.split("|"):
                if code:
                    found[code] = code_epci
    return found


@dataclass(slots=True)
class _Record:
    row: int
    source: str
    title: str  # title key
    core: str  # title key without organiser and place words
    day: int  # days since 1970
    minute: float | None  # minutes since 1970 (UTC) of a timed start; None for a date-only start
    zoneless: bool  # a timed start without offset (or in UTC): maybe a floating time read in the wrong zone
    communes: frozenset[str]
    commune: str  # commune key as written (compared when a typo hides it from the COG)
    postal: str  # a known postal code, else ""
    point: tuple[float, float] | None
    venue: str  # folded venue name, commune words removed
    street: tuple[str, str, str] | None
    organiser: str
    organiser_initials: str
    organiser_acronym: str
    online: bool
    link: str  # the meeting an online event's link opens (_meeting_link_key)
    host: str  # the service of that link (_meeting_host)
    overseas: bool
    resolved: bool = False  # communes taken from other records naming the same venue
    # The arrondissement of Paris, Lyon or Marseille its place names (arrondissement_of), or the commune déléguée
    # (_delegated_part): two are two places, as two quarters are.
    arrondissement: str = ""
    quarter: str = ""  # the quarter its town is written with (« Strasbourg-Neudorf »: see CommuneIndex.quarter_in)
    # Its place is a quarter alone, no venue nor street in it (« Metz-Borny », a calendar's « Planoise »: see
    # _resolve_quarters): any venue of that quarter may be its (see _in_its_quarter).
    quarter_alone: bool = False
    # The venues and streets of the records of the edition that name its quarter (see _resolve_quarters): its venues;
    # the days of those records; the other quarters the edition names in its town; and the town the edition places
    # that quarter in, when the record gives no commune.
    quarter_places: frozenset = frozenset()
    quarter_days: frozenset = frozenset()
    other_quarters: frozenset = field(default=frozenset(), repr=False, compare=False)
    quarter_town: str = ""
    # The hamlet, quarter or section its address names beside its venue (_split_place), as _locality_words keys it.
    locality: str = ""
    # Its postal code is the first of its one commune's several (« 31000 », Toulouse), and it gives no venue nor street:
    # the code a source writes for the town, not for one of its parts (see CommuneIndex.first_postal).
    town_postal: bool = False
    # A room named with its commune that no record of the edition gives at a street there (a room booked inside a
    # venue, « Salle Iroise, Saint-Brieuc »): nothing says where in the commune it is (see _resolve_streets).
    unplaced: bool = False
    street_resolved: bool = False  # its street taken from the other records naming its venue (see _resolve_streets)
    street_support: int = 0  # how many records of the edition give its venue at the street it was resolved to
    # The street of the venue an unplaced room is in, learned from the edition's pairs that match it beyond doubt
    # (see _place_rooms); None: not learned.
    room_street: tuple[str, str, str] | None = None
    town_only: bool = False  # its communes from a town's name alone: no postal code, INSEE code nor point
    hybrid: bool = False  # held at its place and online (modalite hybride): a source may list it as online alone
    last_day: int = -1  # days since 1970 of the end, when given (an event over several days: see _attach_days)
    # Minutes since 1970 (UTC) of a timed end, read like the start (a start without time zone has its end without one
    # too: a zone mistake moves both); None for an end not given, given as a day only, or without a timed start.
    end: float | None = None
    # The pairs of organiser names the edition's records show as one event's (a network credited instead of its
    # member: see _learn_alliances), shared by the edition's records; None: none learned yet.
    alliances: frozenset | None = field(default=None, repr=False, compare=False)
    # The words of the venues the edition's records give in each commune, and the streets they give them at (see
    # _mark_town_venues), shared by the edition's records; None: none learned.
    town_venues: dict | None = field(default=None, repr=False, compare=False)
    # The organiser names the edition shows credited with the events of several other organisers (a network: see
    # _umbrellas), shared by the edition's records; None: none learned yet.
    umbrellas: frozenset | None = field(default=None, repr=False, compare=False)
    slippy: bool = False  # its source gives some starts a whole number of hours off (a time zone mistake)
    shift: int = 0  # minutes most of its source's starts are late by (see _mark_slippy_sources): as good as on time
    # An overseas place whose start may be its local time written in another zone (a spreadsheet's time read as Paris
    # time): not when the start gives an offset other than UTC's and Paris's, its territory's own as written.
    overseas_clock: bool = False
    own_zone: bool = False  # its start gives an offset other than UTC's and Paris's: its territory's own, as written
    # Its start's offset in minutes as written, and its clock (minutes since 1970 of the time as written, offset aside);
    # None: no offset given.
    offset: int | None = None
    clock: float | None = None
    # A record not saying where, its start at Paris' offset, of a source whose places of the edition are all overseas
    # (a CRESS of La Réunion): the offsets its source's places there give (the normaliser reads a floating time in
    # Paris time when no place tells the territory: an online event's « 14h » at Réunion is read 14:00 in Paris).
    home_offsets: frozenset[int] = frozenset()
    # The edition's timed records at its street that day start within NEAR_TIME_MIN of each other (one session
    # there that day, see _mark_lone_sessions); False also when none is timed or it gives no street.
    lone_session: bool = False
    # The records of its source that day in each of its communes and online, itself included (see
    # _group_same_day_listings): lists shared by their records, read by _lists_the_title_twice.
    same_day_listings: tuple = field(default=(), repr=False, compare=False)
    # Whether its source lists another record of a title that close that day in one of its communes or online (see
    # _lists_the_title_twice); None: not asked yet.
    same_titled: bool | None = None
    # A date-only record at a street where the edition times one session that day (lone_session): the first and last
    # of those starts, and the edition's timed records of that day (a tuple shared by that day's records), read by
    # _another_session; its answer once asked (None: not asked yet).
    street_starts: tuple[float, float] | None = None
    day_timed: tuple = field(default=(), repr=False, compare=False)
    another_session: bool | None = None
    # The words of its title (as title_key keeps them) written between brackets or parentheses, where a source names a
    # third party (« [Les Bricoleurs] Atelier vélo », « … (Régie territoriale des Cévennes) »).
    aside: frozenset[str] = frozenset()
    # The organiser names credited instead of UMBRELLA_PARTNERS others or more, learned from date-only copies too
    # (see _learn_day_credits), shared by the edition's records; None: none learned yet.
    day_umbrellas: frozenset | None = field(default=None, repr=False, compare=False)
    # (name, initials, acronym) of the organiser a record without organiser names in its title (see
    # _mark_titled_organisers); None: none named.
    titled_organiser: tuple[str, str, str] | None = None
    # The texts a record without organiser field sets apart in its title, where an agenda credits someone (« [Les
    # Bricoleurs] … », « … (Les Bricoleurs) », « Les Bricoleurs : … »: see _set_apart_names), and the keys of the
    # organiser of the edition they name (see _mark_titled_organisers); None: none named.
    set_apart: tuple[str, ...] = ()
    set_apart_organiser: tuple[str, str, str] | None = None
    # The words of the first sentence of the description of a record without organiser field (see _opening_words), and
    # the keys of the one organiser of the edition they name (see _described_organiser); None: none, or several.
    opening_words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    described_organiser: tuple[str, str, str] | None = None
    # The keys of an acronym the edition's records credit whose name the head or the tail of the title of a record
    # without organiser field spells out (see _mark_spelled_organisers); None: none.
    spelled_organiser: tuple[str, str, str] | None = None
    # The organiser, commune and venue texts a record made by _record_features takes its core from (see
    # _title_core): its core is taken on first use, as more than half of the records are never compared.
    noise: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # The code and name of its one département (_departement_words): out of its title's core, not its description's.
    departement_words: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # The description's words (folded, three letters or more, stopwords, numbers and the organiser's and the place's
    # words aside; see _description_words), and their weight in the edition (see _weigh_descriptions).
    described: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    described_weight: float = 0.0
    # All the description's words (_texts_words), the organiser's and the place's among them: the organisers it names.
    description_words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # Each description word's weight in the edition (log of records over records using it), shared by its records.
    word_weights: dict | None = field(default=None, repr=False, compare=False)
    # Its source says the event was rescheduled, new dates published (statut « reprogramme »: OpenAgenda's status 2,
    # schema.org EventRescheduled): other sources may still list it at its old date (see _attach_rescheduled).
    rescheduled: bool = False
    # Its source lists several sessions under it (nombre_seances, OpenAgenda's timings): its end is the last session's,
    # its length not the length of the session another source lists alone (see _length_relation).
    sessions: bool = False
    # The communes its title ends on naming (« Marché de l'économie solidaire de Fontaine »), each with its région, in
    # the régions of its own communes when it gives any (see _title_towns); the régions of its communes.
    title_towns: frozenset[tuple[str, str]] = frozenset()
    title_town: str = ""  # that name's key (commune_key)
    home_regions: frozenset[str] = frozenset()
    # What those three are read from, for a record made by _record_features whose title may name a town: (title as
    # written, organiser key, its communes then, the commune index); they are read on first use (_read_title_towns),
    # as most records are never compared that far.
    towns_from: tuple | None = field(default=None, repr=False, compare=False)
    # Its title key as title_similarity compares it whole, when not the title key: a sub-event's, the day's name it
    # gives taken out (see _mark_umbrella_days).
    whole: str = ""
    day_name: frozenset[str] = frozenset()  # the core words of the day's name it gives, taken out of its core
    # The words of the titles of the edition's records at its venue in its commune (_mark_venue_titles): a quarter a
    # title names there is where the venue stands.
    venue_titles: frozenset[str] = frozenset()
    # The part of the day its source names for a start without its time (DAY_PART_STARTS), else "".
    day_part: str = ""
    # The start's local time as its source gave it (minutes after midnight); -1 when none is written.
    local_start: int = -1

    def at_home(self, other: _Record) -> bool:
        """This record's clock, read in one of its home offsets, is `other`'s start (give or take SAME_TIME_MIN)."""
        return other.minute is not None and any(
            abs(self.clock - offset - other.minute) <= SAME_TIME_MIN for offset in self.home_offsets)

    def __getattr__(self, name: str):
        # Called only for an attribute not set: the core of a record made by _record_features, not yet taken.
        if name != "core":
            raise AttributeError(name)
        self.core = _title_core(self.title, *self.noise, *self.departement_words)
        return self.core


def _split_place(lieu: str, adresse: str, index: CommuneIndex,
                 town_given: bool = False) -> tuple[str, tuple | None, str, str, bool, str]:
    """(venue, street, town, postal code, online, locality) of a venue field and a free-text address such as an
    ICS LOCATION: "Maison des associations, 12 rue X, 35000 Rennes", "12 rue X", "Rennes", "Visio". `town_given`:
    the record's commune, postal code or INSEE code is given (see _address_in_venue_field). The locality is the first
    part of the address that is neither a street, a postal line, the town nor the venue: the hamlet, quarter or
    section the venue stands in (« Ferme pédagogique », « Montebello, 97170 Petit-Bourg »)."""
    lieu, online = _venue_field(lieu)
    if not adresse and lieu and not online and _address_in_venue_field(lieu, index, town_given):
        # A venue field holding the address too, the address field empty (a spreadsheet's habit: « Darwin, 87 quai
        # des Queyries, Bordeaux » under « Lieu »): taken apart as an ICS LOCATION is.
        lieu, adresse = "", lieu
    if not adresse:
        # A venue field holding a street or a square alone (« Place Neuve » under « Lieu »): that street, as when
        # the same text is the address (below), so a venue at a number on it may be the place.
        return lieu, None if online or not lieu else numberless_street_of(place_key(lieu)), "", "", online, ""
    venue, street, town, postal, locality = lieu, None, "", "", ""
    parts = index._addresses.get(adresse) or _address_parts(adresse, index)
    last = len(parts) - 1
    for position, (part, found, part_online, parsed, maybe_town) in enumerate(parts):
        if found is not None and (street is None or found[0] and not street[0]):
            # A street without a number is the place's name too, as it was before streets were read: two squares
            # differ as venues do, and a venue named after its street (« Quai des Savoirs, 39 allées … ») stays one.
            venue = venue or ("" if found[0] or parsed is not None else part)
            street = found
            if parsed is not None:  # « 4 rue de Lannoy 59100 Roubaix », one part
                postal, town = postal or parsed[0], town or parsed[1]
        elif part_online:
            online = True
        elif parsed is not None:
            postal, town = postal or parsed[0], town or parsed[1]
        elif position == last and (position > 0 or not venue) and maybe_town and index.is_commune_name(part):
            town = town or part
        elif not venue:
            venue = part
        elif not locality:
            locality = part
    if not (town or postal or lieu) and last > 0 and venue == parts[0][0] and index.is_commune_name(venue):
        # The town first, then the venue (« Saint-Herblain - Salle des fêtes », « BREST, Le Mac Orlan »)
        town, venue = venue, next((p[0] for p in parts[1:] if p[1] is None and not p[2] and p[3] is None), "")
        locality = ""
    return venue, street, town, postal, online, locality


def _address_in_venue_field(lieu: str, index: CommuneIndex, town_given: bool) -> bool:
    """Whether a venue field is a venue followed by its address: a part after the first is a street, a postal code
    and town, or (the last, when the record gives no town: « Maison de l'ESS - Salle 2 » in Nantes is a room) a
    commune's name; or, one part, a name then a numbered street (« Darwin 87 quai des Queyries 33100 Bordeaux »,
    « Darwin (87 quai des Queyries) »); or a numbered street first, the venue's name left out (« 12 rue Colbert »)."""
    parts = index._addresses.get(lieu) or _address_parts(lieu, index)
    first = parts[0][1] if parts else None
    if first is not None and first[0] and lieu.lstrip().startswith(first[0]):
        return True  # the address alone, no venue's name before it (« 12 rue Colbert », « 7 r. de Kerampont, Lannion »)
    if len(parts) == 1:
        return first is not None and bool(first[0])
    return any(
        street is not None or parsed is not None or last and not town_given and index.is_commune_name(part)
        for part, street, _, parsed, last in parts[1:]
    )


@functools.lru_cache(maxsize=1 << 14)
def _venue_field(lieu: str) -> tuple[str, bool]:
    """(venue, online) of a venue field; a label without its value (« Lien : ») names no venue."""
    lieu = "" if _LABEL_ONLY.match(lieu) else lieu
    return lieu, _is_online(lieu)


def _address_parts(adresse: str, index: CommuneIndex) -> tuple:
    """The parts of a free-text address, each with what it can be: (text, street, online, (postal code,
    town) when it holds a postal code, whether it may be the town: the last part, neither online nor a postal
    line; whether it names a commune is asked only when nothing else took it). Addresses repeat far more than the
    venue and commune fields around them: each distinct one is taken apart once per index."""
    cache = index._addresses
    found = cache.get(adresse)
    if found is None:
        parted = _PLACE_PARTS.split(_NUMBER_COMMA.sub(r"\1 ", adresse))
        texts = [p for p in (p.strip() for p in parted) if p and not _LABEL_ONLY.match(p)
                 and (folded := fold(p)) not in _COUNTRY and not _intercommunal(folded, index)]
        parts = []
        for position, part in enumerate(texts):
            street, online, parsed = _address_part(part)
            # Only a last part that is neither online nor a postal line may be the town.
            last = position == len(texts) - 1 and not online and parsed is None
            parts.append((part, street, online, parsed, last))
        found = cache[adresse] = tuple(parts)
    return found


def _intercommunal(folded: str, index: CommuneIndex) -> bool:
    """Whether a folded part of an address names an intercommunality: « Communauté de communes de … », « Métropole
    de Lyon », or a commune's name followed by « Métropole », « Agglo » or « Communauté » (« Nantes Métropole »,
    « Angers Loire Métropole »), not a venue named after one (« Hôtel de Rennes Métropole », « Le Métropole »)."""
    if _INTERCOMMUNAL_START.match(folded):
        return True
    words = folded.split()
    return any(word in _INTERCOMMUNAL_END for word in words[1:]) and words[0] not in _VENUE_HEADS and any(
        index.is_commune_name(" ".join(words[:count])) for count in range(1, len(words)))


@functools.lru_cache(maxsize=1 << 16)
def _address_part(part: str) -> tuple[tuple[str, str, str] | None, bool, tuple[str, str] | None]:
    """(street, online, (postal code, town) when it holds a postal code) of one part of an address: the parts
    (« 35000 Rennes », a street) repeat across addresses."""
    parsed = None
    if _POSTAL_PART.search(part):
        address = parse_address(part if "," in part else f"x, {part}")
        parsed = (address.postal_code, address.town)
    key = place_key(part)
    return street_of(key) or ("@" not in part and numberless_street_of(key) or None), _is_online(part), parsed


@functools.lru_cache(maxsize=1 << 14)
def _meeting_host(url: str) -> str:
    """The service of a meeting link (Zoom, Jitsi, BigBlueButton…): its host's registrable domain, one whatever the
    data centre or tenant that serves the meeting (« us02web.zoom.us » and « zoom.us »); else ""."""
    if not url:
        return ""
    match = _URL_PARTS.match(url)
    host = match.group(1).lower().rstrip(".") if match else ""
    if not _MEETING_HOST.search(host):
        return ""
    labels = host.split(".")
    kept = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL_DOMAINS else 2
    domain = ".".join(labels[-kept:])
    return _SAME_SERVICE.get(domain, domain)


# Second-level labels a domain is registered under (« webconf.numerique.gouv.fr »: numerique.gouv.fr).
_SECOND_LEVEL_DOMAINS = frozenset("gouv co com org net ac asso".split())
_SAME_SERVICE = {"youtu.be": "youtube.com"}  # a service's short links
_BROADCASTS = frozenset(("youtube.com", "twitch.tv", "facebook.com"))  # services that stream a meeting held elsewhere
# Query parameters that hold a meeting's passcode, not which meeting it is (« zoom.us/j/812…?pwd=… »).
_PASSCODES = ("pwd=", "passcode=", "password=")


def _meeting_link_key(url: str, service: str) -> str:
    """A meeting link as the meeting it opens: the service (_meeting_host, which read `url` with the same pattern),
    the path and the query without a passcode; the same whatever the scheme, the data centre or the host's case."""
    _, path, query = _URL_PARTS.match(url).groups("")
    query = "&".join(p for p in query.split("&") if p and not p.lower().startswith(_PASSCODES))
    return f"{service}{path.rstrip('/')}" + (f"?{query}" if query else "")


@functools.lru_cache(maxsize=1 << 12)
def _meeting_of(link: str) -> str:
    """The meeting a meeting link's key opens (_meeting_link_key): its service and path, decoded and in lower case,
    without the query (a Teams link carries its context there, written otherwise by each copy)."""
    return unquote(link.partition("?")[0]).rstrip("/").lower()


def _url_in(*texts: str) -> str:
    """The first web link written in a place field (an ICS LOCATION holding the meeting link)."""
    for text in texts:
        match = _URL_IN_TEXT.search(text)
        if match:
            return match.group(0)
    return ""


def _place(lieu: str, adresse: str, code_postal: str, insee: str, commune: str, index: CommuneIndex) -> tuple:
    """(venue key, street text, postal code, INSEE code, candidate communes, online wording, commune words,
    commune key, known postal code, overseas, arrondissement, quarter, locality key) of the place fields of a
    record."""
    venue, street, postal, insee, commune_text, online_text, locality = _place_texts(lieu, adresse, code_postal,
                                                                                     insee, commune, index)
    key = (insee, postal, commune_text)
    found = index._communes.get(key)
    if found is None:
        found = index._communes[key] = _commune_entry(*key, commune_key(commune_text), fold(commune_text), index)
    return _place_of(venue, street, postal, insee, online_text, _with_venue_town(found, venue, index), locality)


def _places(fields: list[tuple[str, str, str, str, str]], index: CommuneIndex) -> dict[tuple, tuple]:
    """{place fields: _place(*place fields, index)} of the distinct place fields among `fields`; the commune
    texts met for the first time keyed and folded at once (_commune_keys, fold_all)."""
    distinct = list(dict.fromkeys(fields))
    texts = [_place_texts(*place, index) for place in distinct]
    new = [key for key in dict.fromkeys((insee, postal, town) for _, _, postal, insee, town, _, _ in texts)
           if key not in index._communes]
    towns = list(dict.fromkeys(town for _, _, town in new))
    keyed = dict(zip(towns, zip(_commune_keys(towns), fold_all(towns), strict=True), strict=True))
    for key in new:
        index._communes[key] = _commune_entry(*key, *keyed[key[2]], index)
    return {
        place: _place_of(venue, street, postal, insee, online_text,
                         _with_venue_town(index._communes[(insee, postal, town)], venue, index), locality)
        for place, (venue, street, postal, insee, town, online_text, locality) in zip(distinct, texts, strict=True)
    }


def _place_texts(lieu: str, adresse: str, code_postal: str, insee: str, commune: str, index: CommuneIndex) -> tuple:
    """(venue, street, postal code, INSEE code, commune text, online wording, locality) of the place fields of a
    record: the postal code and the town from the fields, else from the address, else the town after the venue."""
    venue, street, town, text_postal, online_text, locality = _split_place(lieu, adresse, index,
                                                                           bool(commune or code_postal or insee))
    postal = code_postal if len(code_postal) == 5 and code_postal.isdigit() else clean_postal_code(code_postal)[0]
    postal = postal or text_postal
    commune_text = commune or town
    if not venue and not commune and town and index.quarter_in(commune_key(town)):
        # A LOCATION naming the town and its quarter alone (« Strasbourg-Cronenbourg »): the quarter is what it says
        # of the venue, as when the whole was read as a venue's name.
        venue = town
    if venue and not insee and _town_in_venue_field(venue, postal, commune_text, index):
        # The columns swapped, or the town alone in the venue's (a spreadsheet's habit): « Rennes » as the venue,
        # the garden's name, or nothing, as the commune.
        venue, commune_text = commune_text, venue
    if venue and not commune_text and not postal and not insee:
        venue, commune_text = _venue_and_town(venue, index)
    return venue, street, postal, insee, commune_text, online_text, locality


def _town_in_venue_field(venue: str, postal: str, commune_text: str, index: CommuneIndex) -> bool:
    """Whether a venue field holds a commune's very name (of the postal code's communes, when there is one) while
    the commune field names no commune."""
    named = index.by_name.get(commune_key(venue))
    if not named or commune_text and index.candidates("", "", commune_text):
        return False
    return not postal or not named.isdisjoint(index.candidates("", postal, ""))


def _commune_entry(insee: str, postal: str, commune_text: str, key: str, folded: str, index: CommuneIndex) -> tuple:
    """(candidate communes, commune words, their words, known postal code, overseas, arrondissement, quarter) of a
    place's INSEE code, postal code and commune text, whose commune_key and fold are `key` and `folded`; the quarter
    written after its town (see CommuneIndex.quarter_in), article and spaces aside, else ""."""
    communes = index.candidates(insee, postal, commune_text, key)
    quarter = index.quarter_in(key) if communes else ""
    if quarter:
        # The quarter after the town (« CSC Neudorf, Strasbourg-Neudorf ») stays in the venue's name: not the town's.
        key, folded = key[: -len(quarter)].strip(), " ".join(folded.split()[: -len(quarter.split())])
    return (
        communes, (key, folded), frozenset(key.split()) | frozenset(folded.split()),
        postal if index.is_postal_code(postal) else "",
        postal.startswith("97") or insee.startswith("97") or any(c.startswith("97") for c in communes),
        arrondissement_of(insee, postal, commune_text) or _delegated_part(key, communes, index),
        compact(without_article(quarter)),
    )


def _delegated_part(key: str, communes: frozenset[str], index: CommuneIndex) -> str:
    """« déléguée » and the code of the commune déléguée a commune key names, of its one commune, when it is not the
    commune's chef-lieu (« Tourlaville » in Cherbourg-en-Cotentin; not « Cherbourg-Octeville », whose name
    a source may write for the whole town); else ""."""
    if len(communes) != 1 or not key:
        return ""
    commune = next(iter(communes))
    known = index.delegated_parts.get(commune)
    if known is None:  # most communes have no déléguée
        return ""
    code = index.delegated.get(key, {}).get(commune)
    if code is None:
        # Its name's first words, the rest left out (« Equeurdreville » for Équeurdreville-Hainneville), when they
        # begin one déléguée's name only, and not the commune's or its chef-lieu's (« Annecy » begins Annecy-le-Vieux)
        homes, parts = known
        if not any(home == key or home.startswith(key + " ") for home in homes):
            begun = [code for name, code in parts if name.startswith(key + " ")]
            code = begun[0] if len(begun) == 1 else None
    return f"déléguée {code}" if code else ""


# Paris, Lyon and Marseille: the INSEE codes of their arrondissements (ARM), and the département of each city.
_PLM_INSEE = re.compile(r"^(?:(75)1(0[1-9]|1\d|20)|(69)38([1-9])|(13)2(0[1-9]|1[0-6]))$")
_PLM_OF_DEPARTEMENT = {"75": "paris", "69": "lyon", "13": "marseille"}
# The geocoder reads an arrondissement only in a text whose folded words hold the city's name: the commune texts that
# do not (nearly all of them) are not parsed (parse_place_name: 0.15 s of each process's dedup on the sample).
_PLM_CITY = re.compile("paris|lyon|marseille")


def arrondissement_of(insee: str, postal: str, commune_text: str) -> str:
    """The arrondissement of Paris, Lyon or Marseille a place's INSEE code (ARM), postal code or commune name
    (« Paris 18e », « Lyon 3e arrondissement ») names (« paris 18 »), when they name one and no other; else ""."""
    named = set()
    match = _PLM_INSEE.match(insee) if insee else None
    if match:
        departement, number = [group for group in match.groups() if group is not None]
        named.add(f"{_PLM_OF_DEPARTEMENT[departement]} {int(number)}")
    city = _PLM_OF_DEPARTEMENT.get(postal[:2]) if postal else None
    for text in (f"{city} {postal}" if city else "", commune_text):
        # The geocoder's reading of an arrondissement (« paris 75018 », « Paris XVIIIe », « 3e arrondissement de Lyon »)
        place = parse_place_name(text) if text and _PLM_CITY.search(fold(text)) else None
        if place is not None and place.plm_city and place.arrondissement:
            named.add(f"{place.plm_city} {place.arrondissement}")
    return named.pop() if len(named) == 1 else ""


_TOWN_LINKS = frozenset("a au aux d de du des en l la le les sur".split())  # what ties a venue's name to its town



# The kind of venue a name begins with, shortened to three letters by a spreadsheet (« Esp. Job », « Esp. 600 »):
# spelled out, else the two names of one venue read as two when the name is short (the « lieux » veto: of three
# letters, the short form begins no word of the other name, see _word_in; « Bibl. », « Médiath. » do, and « Sle » is
# read as a room anyway). At the head of a venue's name only: « Esp. » in an address is an esplanade.
_VENUE_HEAD_ABBREVIATIONS = {"esp": "espace"}


# Venue fields that say the town's centre, no venue in it.
_TOWN_CENTRE = frozenset(("centre ville", "hyper centre", "coeur de ville", "centre bourg"))


def _place_of(venue: str, street, postal: str, insee: str, online_text: bool, entry: tuple,
              locality: str = "") -> tuple:
    """_place's tuple from a place's texts and its commune entry: the venue key is the venue's words less the
    commune's own (not its articles: « Le Sillon » in Le Havre is « le sillon », as a LOCATION naming it alone
    writes it), and less the word that tied them when it is left last (_TOWN_LINKS); the locality key, its words
    (_locality_words)."""
    communes, commune_words, words, known_postal, overseas, arrondissement, quarter = entry
    venue_key = ""
    if venue:
        # A venue named after a body and its région's short name (« CRESS HDF »), as the body's name is read
        venue = _without_access_note(venue)
        venue_key = place_key(_REGION_SHORT_NAME.sub(lambda match: _REGION_SHORT_NAMES[match.group(1)], venue)
                              if " " in venue else venue)
        head, _, rest = venue_key.partition(" ")
        if head in _VENUE_HEAD_ABBREVIATIONS:
            venue_key = f"{_VENUE_HEAD_ABBREVIATIONS[head]} {rest}".rstrip()
        if place_not_given(venue_key) or venue_key in _TOWN_CENTRE:
            # « Lieu à confirmer »: no venue (the normaliser leaves it empty; older warehouses hold it);
            # « Centre-ville »: no more than the town
            venue_key = ""
        words = words - _TOWN_LINKS
        if not words.isdisjoint(venue_key.split()):
            spaced = f" {venue_key} "
            for name in filter(None, commune_words):  # the town's name whole, with its article (« Le Havre Solidaire »)
                spaced = spaced.replace(f" {name} ", " ")
            kept = [w for w in spaced.split() if w not in words]
            while len(kept) > 1 and kept[-1] in _TOWN_LINKS:  # « La Péniche de Rennes »: not « la peniche de »
                kept.pop()
            venue_key = " ".join(kept)
    return (
        venue_key, street, postal, insee, communes, online_text, commune_words, commune_words[0], known_postal,
        overseas, arrondissement, quarter, _locality_words(place_key(locality)) if locality else "",
    )


# How a venue is reached, after its name (« Le Chat Perché (M° Jean Macé) », « MVAC 11e - M° Saint-Ambroise »,
# « (métro Parmentier) », « (RER A Nation) », « (tram T2) »): no part of its name. A meeting point named by its station
# (« RDV M° Belleville », « Rendez-vous devant le métro Belleville »): the station.
_TRANSIT = r"(?:m[°º]|m[ée]tro|rer|tram(?:way)?|bus)"
_ACCESS_NOTE = re.compile(rf"^(.*?\S)\s*(?:\(\s*{_TRANSIT}(?![a-zà-ÿ])[^()]*\)|\s[-–—]\s*{_TRANSIT}(?![a-zà-ÿ]).*)$",
                          re.IGNORECASE)
_MEETING_POINT = re.compile(r"^(?:rdv|rendez[- ]vous)\s*(?:[:,-]\s*)?"
                            r"(?:(?:devant|sortie|au|à|a)\b\s*(?:du |de la |de l'|le |la |l')?)?"
                            rf"(?={_TRANSIT}(?![a-zà-ÿ]))", re.IGNORECASE)
# A meeting point in front of a building (« RDV mairie », « Rendez-vous devant la médiathèque », « Parvis de l'hôtel de
# ville »): the building.
_PARVIS = r"(?:le |du )?parvis\s+(?:de |du |des |d'|d’)"
_IN_FRONT_OF = re.compile(r"^(?:(?:rdv|rendez[- ]vous)\b\s*(?:[:,-]\s*)?(?:(?:devant|sur|au|à|a)\b\s*)?"
                          rf"(?:{_PARVIS}|(?:le |du )?parvis\s+)?|{_PARVIS})(?:la |le |les |l'|l’)?", re.IGNORECASE)
_METRO_SIGN = re.compile(r"\bm[°º]\s*", re.IGNORECASE)
_MAY_NOTE_ACCESS = re.compile(r"[(°º–—]| - |^(?:rdv|rendez|(?:le |du )?parvis)", re.IGNORECASE)  # most venues: none


@functools.lru_cache(maxsize=1 << 14)
def _without_access_note(venue: str) -> str:
    """A venue field without how the venue is reached (_ACCESS_NOTE), a meeting point at a station as the station, the
    sign « M° » written out (« métro »)."""
    if not _MAY_NOTE_ACCESS.search(venue):
        return venue
    match = _ACCESS_NOTE.match(venue)
    if match:
        venue = match.group(1)
    venue = _METRO_SIGN.sub("métro ", _MEETING_POINT.sub("", venue))
    building = _IN_FRONT_OF.sub("", venue, count=1)
    return building if building.strip() and building != venue else venue


# The town in brackets may hold its own (« Amphi A (Rouen (76)) »: a template writing « {room} ({town}) » with a town
# written « Rouen (76) »).
_TOWN_AFTER = re.compile(r"^(.*?\S)\s*(?:\(((?:[^()]|\([^()]*\))+)\)|\s[-–—]\s+(.+))$")


def _venue_and_town(venue: str, index: CommuneIndex) -> tuple[str, str]:
    """(venue, town) of a venue field that ends with its commune in brackets or after a dash (an ICS LOCATION
    « Le Jardin Moderne - Brest », « Maison du vélo (Rennes) »), else (venue, "")."""
    key = ("venue and town", venue)
    found = index._communes.get(key)
    if found is None:
        found = (venue, "")
        match = _TOWN_AFTER.match(venue)
        if match:
            town = (match.group(2) or match.group(3)).strip()
            island = index.islands.get(commune_key(town))
            if island and not island.isdisjoint(index.by_name.get(commune_key(match.group(1)), ())):
                found = ("", match.group(1))  # « Terre-de-Haut (Les Saintes) »: the commune, then its island
            elif index.is_commune_name(town):
                found = (match.group(1), town)
        index._communes[key] = found
    return found


def _place_at_venue_towns(places: dict[tuple, tuple], fields: list[tuple], editions: list, sources: list[str],
                          index: CommuneIndex) -> None:
    """Places saying nothing of their commune whose venue's name ends with one (_town_ending: an ICS LOCATION « Marché
    de Wattrelos », « Emmaüs Saint-Egrève ») placed in it, when another record of the edition
    gives that commune in its place fields and the source places its other records of the edition in its département
    (not « Ferme de Quincampoix » or « Espace Anne de Bretagne » in a feed of Rennes), and no record gives that venue
    with its commune."""
    given: dict[object, set[str]] = {}  # edition -> the communes its records' fields name
    covered: dict[tuple, set[str]] = {}  # (edition, source) -> the départements of its records' communes
    bare: dict[tuple, set] = {}  # place fields naming no commune, with a venue -> their (edition, source)
    placed: set[tuple] = set()  # (edition, venue key) of the venues given with their commune
    # For _quarters_named_as_towns: place fields naming a town's name alone -> their listings by (edition, source);
    # the listings placed in one commune, by (edition, source, by a town's name alone) and département, and by edition
    # and commune.
    towns_alone: dict[tuple, Counter] = {}
    listed_in: dict[tuple, Counter] = {}
    given_alone: dict[object, Counter] = {}
    # edition -> the communes its place fields give alone or by their postal code (not by a name a far commune bears)
    placed_by_fields: dict[object, set[str]] = {}
    for place, edition, source in zip(fields, editions, sources, strict=True):
        communes, venue_key = places[place][4], places[place][0]
        if communes and any(place[2:]):
            given.setdefault(edition, set()).update(communes)
            placed.add((edition, venue_key))
            placed_by_fields.setdefault(edition, set()).update(
                communes if len(communes) == 1 else index.by_postal.get(places[place][8], ()))
        town_alone = bool(communes) and not venue_key and not any(place[2:]) and places[place][1] is None and (
            bool(place[0]) != bool(place[1]))
        if town_alone:
            towns_alone.setdefault(place, Counter())[edition, source] += 1
        if len(communes) == 1:
            commune = next(iter(communes))
            covered.setdefault((edition, source), set()).add(index.departement[commune])
            listed_in.setdefault((edition, source, town_alone), Counter())[index.departement[commune]] += 1
            given_alone.setdefault(edition, Counter())[commune] += 1
        elif not communes and venue_key and not any(place[2:]) and places[place][1] is None:
            bare.setdefault(place, set()).add((edition, source))
    _quarters_named_as_towns(places, towns_alone, given_alone, listed_in, placed_by_fields, index)
    for place, listed_by in bare.items():
        venue_key = places[place][0]
        town, named = _town_ending(venue_key, index)
        known = set().union(*(given.get(edition, ()) for edition, _ in listed_by))
        around = set().union(*(covered.get(key, ()) for key in listed_by))
        if (not named or named.isdisjoint(known) or around and around.isdisjoint(index.departement[c] for c in named)
                or any((edition, venue_key) in placed for edition, _ in listed_by)):
            # A venue the edition gives with its commune is there (« Moulin de Wattrelos », in Lille): see
            # _resolve_streets
            continue
        entry = _commune_entry("", "", town, commune_key(town), fold(town), index)
        (_, street, postal, insee, _, online_text, *_, locality) = places[place]
        places[place] = _place_of(venue_key, street, postal, insee, online_text, entry, locality)


def _quarters_named_as_towns(places: dict[tuple, tuple], towns_alone: dict[tuple, Counter],
                             given_alone: dict[object, Counter], listed_in: dict[tuple, Counter],
                             placed_by_fields: dict[object, set[str]], index: CommuneIndex) -> None:
    """A place that is a name alone whose communes are all outside the départements where its source places its other
    records of the edition, and which no other record of the edition places in one of them alone (a postal code of
    Rennes with « Maurepas » for the town is not the Yvelines' Maurepas), read as a locality of no known commune: the
    quarter of a town of the feed that a commune far away is named after (an ICS LOCATION « Maurepas » in a Rennes
    feed: not the Maurepas of the Yvelines nor of the Somme). It is then a venue, which another record's title may
    name (_venue_in_title). Not the name, whole or cut short, of a commune the edition's place fields give alone or by
    their postal code (`placed_by_fields`): « Saint-Orens » for the Saint-Orens-de-Gameville of 31650
    (_resolve_town_names reads it so), where « Maurepas » with Rennes' 35700 is a quarter of Rennes.
    `towns_alone`: each such place's listings by (edition, source); `listed_in` and `given_alone`: the listings placed
    in one commune, by (edition, source, whether by a town's name alone) and département, and by edition and commune
    (the place's own listings among them)."""
    for place, listings in towns_alone.items():
        communes, town = places[place][4], places[place][6][0]
        if any(not placed_by_fields.get(edition, set()).isdisjoint(_communes_named_from(town, index))
               for edition, _ in listings):
            continue
        own = next(iter(communes)) if len(communes) == 1 else None
        known = {commune for (edition, _), n in listings.items()
                 for commune, count in given_alone.get(edition, Counter()).items()
                 if count > (n if commune == own else 0)}
        own_departement = index.departement[own] if own else None
        # Where the source places its records by a venue, a street or a postal code too; by a town's name alone only
        # when it places none so (a name alone may be another far homonym of a quarter: « Sainte-Marthe »).
        around = {departement for (edition, source) in listings
                  for departement in listed_in.get((edition, source, False), ())}
        if not around:
            around = {departement for (edition, source), n in listings.items()
                      for departement, count in listed_in.get((edition, source, True), Counter()).items()
                      if count > (n if departement == own_departement else 0)}
        if not around or not communes.isdisjoint(known) or not around.isdisjoint(
                index.departement[c] for c in communes):
            continue
        (_, street, postal, insee, _, online_text, *_, locality) = places[place]
        places[place] = _place_of(place[0] or place[1], street, postal, insee, online_text,
                                  _commune_entry("", "", "", "", "", index), locality)


def _communes_named_from(town: str, index: CommuneIndex) -> frozenset[str]:
    """The communes whose name's key is `town` (a commune_key) or begins with it (« saint orens »: Saint-Orens,
    Saint-Orens-de-Gameville, Saint-Orens-Pouy-Petit)."""
    key = ("named from", town)
    found = index._communes.get(key)
    if found is None:
        names = index._communes.get("sorted names")
        if names is None:
            names = index._communes["sorted names"] = sorted(index.by_name)
        communes = set(index.by_name.get(town, ()))
        for name in names[bisect.bisect_left(names, town + " "):]:
            if not name.startswith(town + " "):
                break
            communes |= index.by_name[name]
        found = index._communes[key] = frozenset(communes)
    return found


def _with_venue_town(entry: tuple, venue: str, index: CommuneIndex) -> tuple:
    """A commune entry (_commune_entry) whose candidates also hold the commune the venue's name ends with, when it
    names another (« Campus de Jacob-Bellecombette » given at its university's postal address in Chambéry): another
    source may give the place by that commune."""
    communes = entry[0]
    if not venue or not communes:
        return entry
    named = _town_ending(venue, index)[1]
    if not named or not named.isdisjoint(communes):
        return entry
    # A neighbour: a commune of the same département (a campus is not named after a town elsewhere).
    departements = {index.departement[other] for other in communes}
    near = frozenset(c for c in named if index.departement[c] in departements)
    return (communes | near, *entry[1:]) if near else entry


def _town_ending(venue: str, index: CommuneIndex) -> tuple[str, frozenset[str]]:
    """The commune's very name a venue field ends with, after the venue's own words (an ICS LOCATION « Marché de
    Wattrelos », « Emmaüs Saint-Egrève », « Campus de Saint-Martin-d'Hères »), and the communes of that name; else
    ("", no commune). Not a town's one word after the
    name (« IAE Grenoble », « Utopia Montpellier »): a body named after its town, which may stand in the next commune
    (the IAE is in Saint-Martin-d'Hères)."""
    key = ("town ending", venue)  # venues repeat across places: each is read once per index
    found = index._communes.get(key)
    if found is None:
        found = index._communes[key] = _read_town_ending(venue, index)
    return found


def _read_town_ending(venue: str, index: CommuneIndex) -> tuple[str, frozenset[str]]:
    words = venue.split()
    folded = fold(venue).split()
    if (len(words) < 2 or not folded or folded[0] in _NAMED_AFTER_A_TOWN or _NAMED_AFTER_A_PLACE.intersection(folded)
            or _seat_of(place_key(venue))[0]):
        return "", frozenset()
    for start in range(1, len(words)):
        town, linked = " ".join(words[start:]), fold(words[start - 1]) in ("de", "a")
        key = commune_key(town)
        # After « de », a town's name; else one of several words naming one commune alone (« Emmaüs Saint-Egrève »,
        # not « Salle Bretagne », named after the région, nor a saint's name many communes bear). No article first
        # (« Théâtre de la Ville », « Salle de l'Étoile »).
        if linked and start >= 2 and fold(words[start - 2]) in _NAMED_AFTER_A_TOWN:
            continue  # a road to the town, the venue standing on it (« Campus route de Mende », in Montpellier)
        if len(key) >= 4 and (fold(words[start]).split() or [""])[0] not in _STREET_ARTICLES and (
                key in index.by_name and (linked or ("-" in town or " " in town) and len(index.by_name[key]) == 1)):
            return town, index.by_name[key]
    return "", frozenset()


# Venues named after another town than theirs: streets (« Rue de Paris »), stations (« Gare de Lyon »).
_NAMED_AFTER_A_TOWN = frozenset("rue avenue av boulevard bd place quai chemin allee impasse route cours square "
                                "passage faubourg porte gare".split())
# Venues named after their quarter or a saint, whose name a commune may bear (« Maison de quartier Saint-Cyprien »,
# « Église Saint-Pierre »).
_NAMED_AFTER_A_PLACE = frozenset("quartier eglise chapelle paroisse basilique cathedrale abbaye".split())


# An acronym in several pieces, each in capitals (« FA PDL », « CRESS HDF »): folding loses the capitals that tell
# it from a name of short words (« Le Lab »), and a name shouted in capitals has articles (« LE LAB »).
_CAPITALS_ACRONYM = re.compile(r"(?:[A-ZÀ-Ý]\.?){1,6}(?:[ \-]+(?:[A-ZÀ-Ý]\.?){1,6})+")


def _acronym(organisateur: str, folded: str) -> str:
    """acronym_of the folded name, or its pieces joined when the field is an acronym written in pieces."""
    found = acronym_of(folded)
    if found or not _CAPITALS_ACRONYM.fullmatch(organisateur.strip()):
        return found
    pieces = folded.split()
    joined = "".join(pieces)
    if any(piece in _STOPWORDS for piece in pieces) or not ACRONYM_LETTERS[0] <= len(joined) <= ACRONYM_LETTERS[1]:
        return ""
    return joined


# An acronym written with dots inside a longer name (« M.J.C. Belle de Mai »): its letters are one word.
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-ZÀ-Ý]\.){2,}")


# Words of organisations' names a source shortens, the dot telling it (« Union rég. des Scop », « Féd. des MJC »).
_SHORT_FORMS = {"reg": "régional", "dep": "départemental", "fed": "fédération", "assoc": "association",
                "coop": "coopérative", "ctre": "centre", "gpt": "groupement"}
_SHORT_FORM = re.compile(r"\b(r[ée]g|d[ée]p|f[ée]d|assoc|coop|ctre|gpt)\.", re.IGNORECASE)


# An acronym with its département's number glued to it (« BA35 », « FOL35 »): two words, as « FOL 35 » is read.
_GLUED_DEPARTEMENT = re.compile(r"\b([A-Z]{2,8})(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\b")


# The régions' usual short names, written in capitals after a network's name (« France Active IDF », « CRESS AURA »,
# « URSCOP PACA », « CRESS NA »), current and former ones (editions before 2016): a name written in capitals in
# pieces is otherwise read as one acronym (« CRESS PDL » as « cresspdl »).
_REGION_SHORT_NAMES = {
    "IDF": "Île-de-France", "HDF": "Hauts-de-France", "AURA": "Auvergne-Rhône-Alpes", "ARA": "Auvergne-Rhône-Alpes",
    "PACA": "Provence-Alpes-Côte d'Azur", "NAQ": "Nouvelle-Aquitaine", "NA": "Nouvelle-Aquitaine",
    "PDL": "Pays de la Loire", "BFC": "Bourgogne-Franche-Comté", "CVL": "Centre-Val de Loire", "GE": "Grand Est",
    "BZH": "Bretagne", "NPDC": "Nord-Pas-de-Calais",
    "LRMP": "Languedoc-Roussillon-Midi-Pyrénées", "ALPC": "Aquitaine-Limousin-Poitou-Charentes",
    "ACAL": "Alsace-Champagne-Ardenne-Lorraine",
}
_REGION_SHORT_NAME = re.compile(r"(?<=\S )(" + "|".join(_REGION_SHORT_NAMES) + r")\b")


def _undotted(organisateur: str) -> str:
    """An organiser field with the dots of its acronyms taken out (« M.J.C. Belle de Mai » -> « MJC Belle de Mai »),
    its short forms spelled out (« Union rég. des Scop » -> « Union régional des Scop »), a région's short name after
    other words spelled out (« France Active IDF » -> « France Active Île-de-France ») and a département's number
    parted from its acronym (« BA35 » -> « BA 35 »); written inclusively, its words once, as in title keys
    (« Les Ami·es de la Terre » -> « Les Ami de la Terre »: the name a title credits in its brackets is set aside)."""
    organisateur = _INCLUSIVE.sub("", organisateur)
    if any(character.isdigit() for character in organisateur):
        organisateur = _GLUED_DEPARTEMENT.sub(r"\1 \2", organisateur)
    if " " in organisateur:
        organisateur = _REGION_SHORT_NAME.sub(lambda match: _REGION_SHORT_NAMES[match.group(1)], organisateur)
    if "." not in organisateur:
        return organisateur
    spelled = _SHORT_FORM.sub(lambda match: _SHORT_FORMS[fold(match.group(1))], organisateur)
    return _DOTTED_ACRONYM.sub(lambda match: match.group().replace(".", "") + " ", spelled)


def _keys_of(organisateur: str, folded: str) -> tuple[str, str, str]:
    """(folded name, initials, acronym) of an organiser field whose folded form is `folded`; an acronym's initials
    are its letters (« CIÉR » named in a title as « (CIÉR) »)."""
    acronym = _acronym(organisateur, folded)
    return folded, acronym or initials(folded), acronym


# Networks known under another name than their own (folded): a département's « Fédération des œuvres laïques »
# (« FOL 59 ») is the Ligue de l'enseignement there (« Ligue de l'enseignement du Nord »).
_NETWORK_ALIASES = {"fol": "ligue de l enseignement", "federation des oeuvres laiques": "ligue de l enseignement",
                    # the name the Région Provence-Alpes-Côte d'Azur has gone by since 2017
                    "region sud": "region provence alpes cote d azur",
                    # the name the regional unions of the Scop go by (« Les Scop Occitanie »: the URSCOP)
                    "les scop": "union regionale des scop"}
_NETWORK_ALIAS = re.compile(r"\b(" + "|".join(map(re.escape, _NETWORK_ALIASES)) + r")\b")
# A département's council by its initials and the département's number (« CD 50 », « CD50 », « CG 61 »), or by its
# name (« Conseil départemental de la Manche », « Conseil général 61 »): the département's body, as « Département de
# la Manche » names it.
_DEPARTEMENT_COUNCIL = re.compile(r"^(?:(?:cd|cg) (?=\w{2,3}$)|conseil (?:departemental|general)\b ?)")


_COUNCIL_HEADS = ("cd ", "cg ", "conseil ")
# Words an organiser's name shortens (« Fougères Agglo », « Maison des assos »), and their full forms.
_ORGANISER_SHORT_WORDS = {"agglo": "agglomeration", "asso": "association", "assos": "associations"}
_ORGANISER_SHORT_WORD = re.compile(r"\b(?:" + "|".join(_ORGANISER_SHORT_WORDS) + r")\b")


# The kind of intercommunality a folded organiser name begins or ends with (its words in full: _organiser_in_full).
_INTERCOMMUNALITY_KIND = re.compile(
    r"^(?:communaute (?:de communes|d agglomeration|urbaine|de l agglomeration)|agglomeration|metropole)"
    r"(?: (?:du|de la|de l|des|de|d))? | (?:agglomeration|metropole)$")


def _intercommunality_named(folded: str) -> str:
    """The rest of a folded organiser name that begins or ends with an intercommunality's kind (« gps agglomeration »:
    « gps »), else ""."""
    rest = _INTERCOMMUNALITY_KIND.sub("", folded, count=1)
    return rest.strip() if rest != folded else ""


def _organiser_in_full(folded: str) -> str:
    """A folded organiser name with its shortened words in full (_ORGANISER_SHORT_WORDS)."""
    return _ORGANISER_SHORT_WORD.sub(lambda match: _ORGANISER_SHORT_WORDS[match.group()], folded)


def _council_as_departement(folded: str) -> str:
    """A folded organiser name naming a département's council (_DEPARTEMENT_COUNCIL) as « departement … »; else the
    name."""
    if not folded.startswith(_COUNCIL_HEADS):
        return folded
    named = _DEPARTEMENT_COUNCIL.sub("departement ", folded, count=1).rstrip()
    code = named.rpartition(" ")[2] if folded.startswith(("cd ", "cg ")) else ""
    return named if not code or code in _territory_names().by_code else folded


def _aliased(folded: str) -> str:
    """A folded organiser name with a network's other name written as its own (see _NETWORK_ALIASES)."""
    return _NETWORK_ALIAS.sub(lambda match: _NETWORK_ALIASES[match.group(1)], folded) if (
        "fol" in folded or "laiques" in folded or "region sud" in folded or "les scop" in folded) else folded


@functools.lru_cache(maxsize=1 << 16)
def _organiser_keys(organisateur: str) -> tuple[str, str, str]:
    """(folded name, initials, acronym) of an organiser field."""
    return _keys_of(organisateur, fold(_undotted(organisateur)))


def _organisers(names: list[str]) -> dict[str, tuple[str, str, str]]:
    """{name: _organiser_keys(name)} of the distinct organiser fields among `names`, folded at once (fold_all)."""
    distinct = list(dict.fromkeys(names))
    folded = fold_all([_undotted(name) for name in distinct])
    return {name: _keys_of(name, key) for name, key in zip(distinct, folded, strict=True)}


def _title_keys(titles: list[str]) -> dict[str, str]:
    """{title: title_key(title)} of the distinct titles among `titles`: folded at once (fold_all), the boilerplate
    removed in one pass over the folded texts joined by a NUL (no boilerplate spans one)."""
    distinct = list(dict.fromkeys(titles))
    if not distinct:
        return {}
    inclusive = _INCLUSIVE.sub("", "\x00".join(distinct)).split("\x00")  # one pass (no ending spans a NUL)
    if len(inclusive) != len(distinct):  # a title holding a NUL: one by one
        inclusive = [_INCLUSIVE.sub("", title) for title in distinct]
    folded = "\x00".join(fold_all(inclusive))
    cleaned = _WHEN_IN_TITLE.sub(" ", _BOILERPLATE.sub(" ", folded)).split("\x00")
    return {
        title: " ".join((_DOUBLET.sub(_one_of_doublet, text) if " et " in text else text).split())
        for title, text in zip(distinct, cleaned, strict=True)
    }


_ASIDE = re.compile(r"[\[(]([^\])]*)[\])]")  # a title's text between brackets or parentheses


@functools.lru_cache(maxsize=1 << 16)
def _aside_words(title: str, key: str) -> frozenset[str]:
    """The words of a title written between brackets or parentheses that its key (title_key) keeps, stopwords aside:
    « [ESS 2019] » is boilerplate, « [Les Bricoleurs] » names someone."""
    asides = _ASIDE.findall(title)
    if not asides:
        return frozenset()
    return frozenset(_fold(" ".join(asides)).split()) & frozenset(key.split()) - _STOPWORDS


def _title_core(title: str, *noise: str) -> str:
    """title_core(title, *noise), asked only when the first significant word of an organiser or place text is
    one of the title's (for most records none is, and the core is the title's words)."""
    _, present, text_of_words = _title_words(title)
    for text in noise:
        if _first_stem(text) in present:
            return title_core(title, *noise)
    return text_of_words


def _end_texts(events: pd.DataFrame) -> pd.Series:
    """Each record's end as given: its date-time when the source gives one, else its day, else ""."""
    ends = events["date_fin"].astype("string").fillna("").astype(str)
    if "date_heure_fin" in events.columns:
        ends_given = events["date_heure_fin"].astype("string").fillna("").astype(str)
        ends = ends_given.where(ends_given != "", ends)
    return ends


def _end_minutes(ends: pd.Series, minutes: list[float]) -> list[float | None]:
    """Minutes since 1970 (UTC) of each timed end after a timed start, else None (an end given as a day only says
    nothing of the length; an end before its start is a typo)."""
    found: list[float | None] = [None] * len(ends)
    timed = np.flatnonzero((ends.str.len() > 10).to_numpy() & ~np.isnan(np.array(minutes, dtype=float)))
    if len(timed):
        instants = pd.to_datetime(ends.iloc[timed], utc=True, errors="coerce", format="ISO8601")
        values = ((instants - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds() / 60).to_numpy()
        for position, value in zip(timed.tolist(), values.tolist(), strict=True):
            if value == value and value > minutes[position]:
                found[position] = value
    return found


def _last_days(events: pd.DataFrame, days: list[int], minutes: list[float]) -> list[int]:
    """The day (days since 1970) of each record's end when it is a later day than its start, else -1. A timed end
    less than MULTI_DAY_HOURS after a timed start is one day's (an evening's end past midnight, a start read an hour
    late). Ends are parsed for the few records that end on a later day only."""
    ends = _end_texts(events)
    end_days = pd.to_datetime(ends.str[:10], format="%Y-%m-%d", errors="coerce")
    last_days = ((end_days - pd.Timestamp("1970-01-01")).dt.days).fillna(-1).astype(int).to_numpy()
    later = np.flatnonzero(last_days > np.array(days))
    found = np.full(len(events), -1)
    if len(later):
        texts = ends.iloc[later]
        instants = pd.to_datetime(texts.where(texts.str.len() > 10, None), utc=True, errors="coerce",
                                  format="ISO8601")
        hours = ((instants - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds() / 3600).to_numpy()
        short = hours - np.array(minutes, dtype=float)[later] / 60 < MULTI_DAY_HOURS  # False where either is NaN
        found[later] = np.where(short, -1, last_days[later])
    return found.tolist()


@functools.lru_cache(maxsize=1 << 14)
def _title_start(title: str, day: int) -> float:
    """Minutes since 1970 (UTC) of the start a title gives in Paris time (« Disco Soupe 18h-20h », « 14h30 : … »,
    « … 17:00/18:30 »: the first time of day from 7h to 23h59, written without a space before « h »: « (2 h) »
    is a length) on `day` (days since 1970), else NaN."""
    match = _CLOCK_IN_TITLE.search(title)
    if match is None:
        return math.nan
    hour, minute = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
    local = datetime(1970, 1, 1, hour, minute, tzinfo=PARIS) + timedelta(days=day)  # wall-clock sum: that day's offset
    return local.timestamp() / 60


# A description's times of day (« Rendez-vous à 18h30 », « de 14h à 17h »): the start only when it gives one time, or
# one range; « accueil à 9h30, début à 10h » or a programme of several gives none.
_RANGE_BETWEEN = re.compile(r"^\s*(?:a|au|-|–|/)\s*$")


def _description_clock(description: str) -> str:
    """The start time a description gives (« 18h30 »), else ""."""
    text = fold(description[:DESCRIPTION_READ])
    clocks = list(_CLOCK_IN_TITLE.finditer(text))
    if len({clock.group(0) for clock in clocks}) == 1 or len(clocks) == 2 and _RANGE_BETWEEN.match(
            text[clocks[0].end():clocks[1].start()]):
        return clocks[0].group(0)
    return ""


_LABEL = re.compile(r"^[^:\d]{1,30}:\s*")
_POSTAL_LINE = re.compile(r"\b\d{5}\b")


@functools.lru_cache(maxsize=1 << 12)
def _address_in(description: str) -> str:
    """The address a description gives (its first line holding a postal code, its label aside: « Rendez-vous : Le
    Préau, 12 rue de la Loire, 44000 Nantes. »), for a record whose place fields are empty (an ICS whose LOCATION
    is empty and whose DESCRIPTION tells where); else ""."""
    for line in description.splitlines():
        if _POSTAL_LINE.search(line):
            return _LABEL.sub("", line.strip()).rstrip(" .")
    return ""


# The words a title names its town after (« … de Fontaine », « … à Saint-Malo », « … au Puy-en-Velay »), and the words
# of a commune's name a title may end on (« Boulogne-sur-Mer », « Saint-Martin-d'Hères »).
_TOWN_BEFORE = frozenset({"de", "d", "à", "a", "au"})
TITLE_TOWN_WORDS = 5
_MAYBE_TOWN_AFTER = re.compile(r"(?i:\b(?:de|d|à|a|au))\W+[A-ZÀ-ÖØ-ÞŒ]")
_TRAILING_ASIDE = re.compile(r"(?:\s*[(\[][^()\[\]]*[)\]])+\s*$")


def _title_towns(titre: str, organiser: str, index: CommuneIndex) -> tuple[str, frozenset[tuple[str, str]]]:
    """The name a title ends on after « de », « d' », « à » or « au » (its commune_key), written with a capital
    (« … de Fontaine »; « Coopératives de montagne » names no town) and being a commune's whole name, article aside,
    and (commune, région) of each commune bearing it; ("", none) otherwise. What the title ends on between brackets
    or parentheses, and a name the organiser's (`organiser`, folded) holds, are the organiser's, not the event's town
    (« Repair Café de Saint-Malo (Ateliers du Pays de Lamballe) »)."""
    if not _MAYBE_TOWN_AFTER.search(titre):  # most titles: no capital after those words
        return "", frozenset()
    written = re.findall(r"[^\W\d_]+|\d+", _TRAILING_ASIDE.sub("", titre))
    for count in range(min(TITLE_TOWN_WORDS, len(written) - 1), 0, -1):
        if written[-count - 1].lower() not in _TOWN_BEFORE or not written[-count][:1].isupper():
            continue
        named = fold(" ".join(written[-count:]))
        if f" {named} " in f" {organiser} ":
            return "", frozenset()
        name = commune_key(named)
        codes = index.by_name.get(name) or index.by_name_without_article.get(without_article(name))
        if codes:
            return name, frozenset((com, index.region_of.get(index.departement.get(com, ""), "")) for com in codes)
    return "", frozenset()


def _read_title_towns(record: _Record) -> None:
    """Set the title towns of a record made by _record_features (see _Record.towns_from), if not read yet."""
    if record.towns_from is None:
        return
    titre, organiser, communes, index = record.towns_from
    record.towns_from = None
    record.home_regions = frozenset(filter(None, (index.region_of.get(index.departement.get(com, ""))
                                                  for com in communes)))
    named = index._title_towns.get((titre, organiser))
    if named is None:
        named = index._title_towns[(titre, organiser)] = _title_towns(titre, organiser, index)
    record.title_town, named = named
    record.title_towns = frozenset(
        town for town in named if not record.home_regions or town[1] in record.home_regions)


def _titles_name_two_towns(a: _Record, b: _Record) -> bool:
    """Whether the two titles end on naming two towns (« Marché solidaire de Clermont-Ferrand » / « … de Fontaine »),
    both communes of the régions the records are in (where either gives its communes): two towns' events of one
    series. A name many communes bear counts for each of them in those régions; a name the other begins is that one
    cut short with the title (« … des initiatives de Mont », a sheet's cell cut at fifty characters)."""
    _read_title_towns(a)
    _read_title_towns(b)
    if not a.title_towns or not b.title_towns or a.title_town.startswith(b.title_town) or b.title_town.startswith(
        a.title_town
    ):
        return False
    regions = a.home_regions | b.home_regions
    towns_a = {com for com, region in a.title_towns if not regions or region in regions}
    towns_b = {com for com, region in b.title_towns if not regions or region in regions}
    return bool(towns_a) and bool(towns_b) and not towns_a & towns_b


def _record_features(events: pd.DataFrame, index: CommuneIndex) -> list[_Record]:
    """The records of `events` (any editions) before the edition-wide steps (venue resolution, slippy
    sources); row = position in `events`. Start columns are parsed at once; place, organiser and title texts
    once per distinct value."""
    starts = events["date_debut"].fillna("").astype(str)
    if "date_heure_debut" in events.columns:  # the day and, when known, the date-time of the start
        instants_given = events["date_heure_debut"].astype("string").fillna("").astype(str)
        starts = instants_given.where(instants_given != "", starts)
    days = pd.to_datetime(starts.str[:10], format="%Y-%m-%d", errors="coerce")
    day_numbers = ((days - pd.Timestamp("1970-01-01")).dt.days).fillna(-1).astype(int).tolist()
    end_texts = _end_texts(events)
    timed = starts.str.len() > 10
    # Midnight without an end time is a day written as a date-time, no start (_time_given): compared as a date-only
    # record. Not overseas: there it is an evening's start its source wrote in Paris time or UTC, as the normaliser
    # keeps it (19:00 in Guadeloupe), kept below.
    midnight = timed.to_numpy() & ~np.fromiter(map(_time_given, starts.tolist(), end_texts.tolist()), dtype=bool,
                                               count=len(starts))
    instants = pd.to_datetime(starts.where(timed, None), utc=True, errors="coerce", format="ISO8601")
    given_minutes = ((instants - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds() / 60).to_numpy()
    minutes = np.where(midnight, np.nan, given_minutes).tolist()
    midnight_minutes = np.where(midnight, given_minutes, np.nan).tolist()
    timed &= ~midnight
    last_days = _last_days(events, day_numbers, minutes)
    ends = _end_minutes(end_texts, minutes)  # from the start columns' times only, not a title's
    zoned = starts.str.contains(r"T.*[+-]\d\d:?\d\d$") & ~starts.str.contains(r"[+-]00:?00$")
    zoneless = (timed & ~zoned).tolist()
    at_paris_offset = starts.str.contains(r"\+0[12]:?00$")
    own_zone = (zoned & ~at_paris_offset).tolist()  # neither UTC nor Paris (winter, summer)
    paris_offset = (zoned & at_paris_offset).tolist()
    # The offsets as written, for _mark_home_offsets: read only when a start gives a territory's own (rarely)
    offsets = [math.nan] * len(starts)
    if any(own_zone):
        signs = starts.str.extract(r"T.*([+-])(\d\d):?(\d\d)$")
        offsets = ((signs[1].astype(float) * 60 + signs[2].astype(float)) * signs[0].map({"+": 1, "-": -1})).tolist()
    editions = events["edition"].tolist() if "edition" in events.columns else [0] * len(events)
    text = {c: events[c].fillna("").tolist() if pd.api.types.is_string_dtype(events[c].dtype)
            and not pd.api.types.is_object_dtype(events[c].dtype)
            else events[c].astype(object).where(events[c].notna(), "").astype(str).tolist()
            for c in ("lieu", "adresse", "code_postal", "code_insee_source", "commune", "url", "modalite",
                      "organisateur", "titre", "source", MEETING_LINK_FIELD) if c in events.columns}
    # The join link the published texts mask (events of older warehouses or of an evaluation set may lack it).
    meetings = text.get(MEETING_LINK_FIELD) or [""] * len(events)
    lat = pd.to_numeric(events["latitude"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(events["longitude"], errors="coerce").to_numpy(dtype=float)
    inside = np.zeros(len(events), dtype=bool)
    for south, north, west, east in _FRANCE_BOXES:
        inside |= (lat >= south) & (lat <= north) & (lon >= west) & (lon <= east)
    fields = list(zip(*(text[c] for c in ("lieu", "adresse", "code_postal", "code_insee_source", "commune")),
                      strict=True))
    descriptions = (
        events["description"].astype(object).where(events["description"].notna(), "").astype(str).tolist()
        if "description" in events.columns else [""] * len(events)
    )
    fields = [
        ("", _address_in(description), "", "", "") if not any(place) and description else place
        for place, description in zip(fields, descriptions, strict=True)
    ]
    places = _places(fields, index)
    _place_at_venue_towns(places, fields, editions, text["source"], index)
    described = _texts_words(descriptions)
    organisers = _organisers(text["organisateur"])
    titles = _title_keys(text["titre"])
    rescheduled = (events["statut"].astype(object).where(events["statut"].notna(), "") == RESCHEDULED).tolist() \
        if "statut" in events.columns else [False] * len(events)
    sessions = (pd.to_numeric(events["nombre_seances"], errors="coerce").fillna(0) > 1).tolist() \
        if "nombre_seances" in events.columns else [False] * len(events)
    day_parts = events[DAY_PART_FIELD].astype(object).where(events[DAY_PART_FIELD].notna(), "").tolist() \
        if DAY_PART_FIELD in events.columns else [""] * len(events)
    local_starts = [int(start[11:13]) * 60 + int(start[14:16]) if len(start) >= 16 and start[10] == "T" else -1
                    for start in starts.tolist()]
    records = []
    columns = zip(
        fields, text["url"], meetings, text["modalite"], text["organisateur"], text["titre"], text["source"],
        lat.tolist(), lon.tolist(), inside.tolist(), day_numbers, minutes, midnight_minutes, zoneless, strict=True,
    )
    for position, (place_fields, url, meeting, modalite, organisateur, titre, source, latitude, longitude, is_inside,
                   day, minute, at_midnight, no_zone) in enumerate(columns):
        lieu, adresse = place_fields[:2]
        (venue_key, street, postal, insee, communes, online_text, commune_words, commune, known_postal, overseas,
         arrondissement, quarter, locality) = places[place_fields]
        point = (latitude, longitude) if is_inside else None
        if overseas and at_midnight == at_midnight:
            minute = at_midnight
        elif minute != minute and day >= 0 and not overseas:
            minute = _title_start(titre, day)
            if minute != minute and descriptions[position]:
                minute = _title_start(_description_clock(descriptions[position]), day)
        located = bool(communes or point or street or (venue_key and not online_text))
        host = ""  # a meeting link counts only for a record that may be online (a hybrid one is, too)
        if modalite in ("en_ligne", "hybride") or not located:
            url = meeting or url or _url_in(lieu, adresse)
            host = _meeting_host(url)
        online = modalite == "en_ligne" or (not located and bool(online_text or host)) or (
            # « Teams » as the venue, the organiser's town as the commune (the form asked one), « présentiel » left
            online_text and street is None and modalite != "hybride" and place_modality(lieu, adresse) == "en_ligne")
        if not online and not located and not lieu and not adresse:
            online = _is_online(titre)  # « Conférence en ligne : … », nothing else about the place
        organiser, organiser_initials, organiser_acronym = organisers[organisateur]
        if online:
            venue_key, street, communes, point = "", None, frozenset(), None
        record = _Record(
            position, source, titles[titre], "", day, None if minute != minute else minute, no_zone, communes,
            commune, known_postal, point, venue_key, street, organiser, organiser_initials, organiser_acronym, online,
            _meeting_link_key(url, host) if host and (online or modalite == "hybride") else "", host if online else "",
            overseas,
            noise=(organiser, organiser_initials, *commune_words, venue_key),
            departement_words=_departement_words(communes, index),
        )
        del record.core  # taken on first use (_Record.__getattr__)
        record.hybrid = modalite == "hybride" and not online
        record.last_day = last_days[position]
        record.end = ends[position]
        record.town_only = bool(commune) and not known_postal and not insee and point is None and not online
        record.arrondissement = "" if online else arrondissement
        record.quarter = "" if online else quarter
        record.locality = "" if online else locality
        record.town_postal = bool(known_postal) and not venue_key and street is None and len(communes) == 1 \
            and index.first_postal.get(next(iter(communes))) == known_postal
        record.own_zone = own_zone[position]
        if record.minute is not None and offsets[position] == offsets[position]:
            record.offset = int(offsets[position])
            record.clock = record.minute + record.offset
        record.overseas_clock = overseas and not record.own_zone
        record.aside = _aside_words(titre, record.title)
        if not organiser:
            record.set_apart = _set_apart_names(titre)
        record.rescheduled = rescheduled[position]
        record.sessions = sessions[position]
        if day_parts[position]:
            record.day_part = day_parts[position]
        if local_starts[position] >= 0:
            record.local_start = local_starts[position]
        if titre and not online:
            record.towns_from = (titre, organiser, communes, index)
        if descriptions[position]:
            record.description_words = described[descriptions[position]]
            if not organiser:
                record.opening_words = _opening_words(descriptions[position])
            record.described = _description_words(record.description_words, *record.noise, *(street or ()))
        records.append(record)
    if any(own_zone):  # a territory's own offset somewhere: sources whose places are all overseas may have homes
        _mark_home_offsets(records, editions, paris_offset)
    return records


def _mark_home_offsets(records: list[_Record], editions: list, paris_offset: list[bool]) -> None:
    """Sets home_offsets of the records not saying where whose start is at Paris' offset, of a source whose located
    records of the edition are all overseas, some in their own zone."""
    homes: dict[tuple, set[int]] = {}
    metropolitan: set[tuple] = set()
    for record in records:
        key = (record.source, editions[record.row])
        if record.overseas and record.own_zone:
            homes.setdefault(key, set()).add(record.offset)
        elif _knows_where(record) and not record.online and not record.overseas:
            metropolitan.add(key)
    for record in records:
        key = (record.source, editions[record.row])
        if key in homes and key not in metropolitan and paris_offset[record.row] and record.clock is not None and (
                record.online or not _knows_where(record)):
            record.home_offsets = frozenset(homes[key])


_DESCRIPTION_SKIPPED = _STOPWORDS | frozenset(
    "ans est ont sont vous nous ces cette ses leurs dans sans mais plus tous toutes qui que quoi dont entre chez vers"
    .split()
)


_DESCRIPTION_WORD = re.compile(r"\b[a-z]{3,}\b")  # in a folded text: a word of three letters or more, no digit
DESCRIPTION_READ = 2000  # characters of a description read: its opening tells the event, not the rest of a long page


def _texts_words(descriptions: list[str]) -> dict[str, frozenset[str]]:
    """{description: its words} for each distinct description: the folded words of three letters or more, without
    digits nor stopwords, that may tell its event from another (a text pasted in several sources is read once)."""
    distinct = list(dict.fromkeys(text for text in descriptions if text))
    return {
        text: frozenset(_DESCRIPTION_WORD.findall(folded)) - _DESCRIPTION_SKIPPED
        for text, folded in zip(distinct, fold_all([text[:DESCRIPTION_READ] for text in distinct]), strict=True)
    }


def _description_words(words: frozenset[str], *noise: str) -> frozenset[str]:
    """A description's `words` (_texts_words) without those of the organiser's name and of the place (`noise`: folded
    texts), which every listing of the organiser's events or of the venue shares."""
    skipped = {word for text in noise for word in text.split()}
    return words - skipped if not words.isdisjoint(skipped) else words


def _weigh_descriptions(records: list[_Record]) -> None:
    """Each description word's weight in one edition's records, log(records / records using it) (a word many records
    use weighs little, one more than DESCRIPTION_FOOTER of the descriptions use nothing); each record's total weight."""
    described = [record for record in records if record.described]
    if not described:
        return
    uses = Counter(word for record in described for word in record.described)
    total, footer = len(records), DESCRIPTION_FOOTER * len(described)
    weights = {word: math.log(total / count) if count <= footer else 0.0 for word, count in uses.items()}
    for record in described:
        record.word_weights = weights
        record.described_weight = sum(weights[word] for word in record.described)


def _descriptions_shared(a: _Record, b: _Record, words_min: int) -> float | None:
    """The weight in the edition of the words two records' descriptions have in common, when they are `words_min` or
    more; None otherwise (or when either gives no description)."""
    if not a.described or not b.described or a.word_weights is None:
        return None
    common = a.described & b.described
    if len(common) < words_min:
        return None
    weights = a.word_weights
    return sum(weights[word] for word in common)


def described_alike(a: _Record, b: _Record) -> bool:
    """Whether two records give one description, one perhaps cut short (see DESCRIPTION_CONTAINED)."""
    shared = _descriptions_shared(a, b, DESCRIPTION_WORDS_MIN)
    return shared is not None and shared >= DESCRIPTION_SHARED and shared >= DESCRIPTION_CONTAINED * min(
        a.described_weight, b.described_weight)


def described_within(a: _Record, b: _Record) -> bool:
    """Whether the shorter of two records' descriptions is found whole in the other (DESCRIPTION_CONTAINED of its
    weight, DESCRIPTION_WITHIN_WORDS words at least), however short: a sheet giving the first sentence of the text the
    other agenda pastes whole. Too little to make two records one event alone (an organiser may open the texts of two
    of its events alike): see score."""
    shared = _descriptions_shared(a, b, DESCRIPTION_WITHIN_WORDS)
    return shared is not None and shared > 0 and shared >= DESCRIPTION_CONTAINED * min(
        a.described_weight, b.described_weight)


def evidence_title(a: _Record, b: _Record, title: float) -> float:
    """The title similarity a pair is scored with: that of its titles, or TITLE_EXACT for two records giving one
    description (the titles reworded, the event described by the same text)."""
    return max(title, TITLE_EXACT) if title < TITLE_EXACT and described_alike(a, b) else title


MULTI_DAY_MAX = 6  # days after its first an event listed once may run over, listed day by day (_attach_days)
MULTI_DAY_HOURS = 20  # a timed event over several days lasts at least this long
PREFILTER_TITLE = 70  # token_set_ratio below which a day listing is not compared with an event over that day

LEARNED_SLIP_TOLERANCE_MIN = 5  # a source's mistake shifts by exactly one hour
SLIP_EVIDENCE_PAIRS = 5  # pairs of one source with another needed to call its times reliable
SLIP_RATE_RELIABLE = 0.2  # look-alikes (same title, day and town, an hour apart) make a few
# A slippy source at least this share of whose starts agreeing with the reliable sources' are one hour off them in one
# direction (a feed writing its local times as UTC: an hour late in November) is on time at that hour as at its own
# (see _time_relation): the rest of its starts may be right.
SHIFT_SHARE = 0.6


EARLY_DAY_TITLES = 3  # titles of a source's date-only records found the next day elsewhere: its dates a day early
EARLY_DAY_SHARE = 0.2  # at most this share of as many found on their own day


def _mark_early_days(records: list[_Record]) -> None:
    """Moves to the next day the date-only records of a source whose dates are a day early: an iCalendar exporter
    writing an all-day event's date in UTC (midnight in Paris is 23:00 the evening before), so every all-day date of
    its feed is the day before the event; its timed events are right. Learned from the edition: the source's date-only
    records of at least EARLY_DAY_TITLES titles have a record of another source of the same title (folded) the next
    day, in a commune of theirs (or either saying none), and those of at most EARLY_DAY_SHARE as many titles have one
    on their own day; a title more than six records give that day is a series', not counted. Titles, not records: two
    weekly series of one title in one town on two days that follow (a repair café on Fridays, another on Saturdays)
    give one. A source whose dates are right finds its copies on their day (a spreadsheet's rows)."""
    undated = [r for r in records if r.minute is None and r.day >= 0 and r.title and not r.online]
    titles: dict[str, set[str]] = {}
    for record in undated:
        titles.setdefault(record.source, set()).add(record.title)
    # Only a source with that many titles undated may be found a day early: the others' records are not looked at.
    undated = [r for r in undated if len(titles[r.source]) >= EARLY_DAY_TITLES]
    if not undated:
        return
    wanted = {(record.day + later, record.title) for record in undated for later in (0, 1)}
    by_key: dict[tuple[int, str], list[_Record]] = {}
    for record in records:
        if (record.day, record.title) in wanted and not record.online:
            by_key.setdefault((record.day, record.title), []).append(record)
    found_on: dict[str, tuple[set[str], set[str]]] = {}  # source -> (titles found on their day, the next day)
    for record in undated:
        for later, day in enumerate((record.day, record.day + 1)):
            found = by_key.get((day, record.title), ())
            if len(found) <= 6 and any(
                other.source != record.source
                and (not other.communes or not record.communes or other.communes & record.communes)
                for other in found
            ):
                found_on.setdefault(record.source, (set(), set()))[later].add(record.title)
    early = {source for source, (same, later) in found_on.items()
             if len(later) >= EARLY_DAY_TITLES and len(same) <= EARLY_DAY_SHARE * len(later)}
    for record in undated:
        if record.source in early:
            record.day += 1
            if record.last_day >= 0:
                record.last_day += 1


def _mark_slippy_sources(records: list[_Record]) -> None:
    """Marks the records of sources whose times cannot be trusted to the hour. Times all carry an offset once
    normalised, so a feed that wrote floating times as UTC (or a summer offset in November) shows only in the
    data: its records and another source's records of the same title, day and place start a whole number of
    hours apart. The two sources that agree best (at least SLIP_EVIDENCE_PAIRS such pairs, at most
    SLIP_RATE_RELIABLE of them an hour apart) are reliable; then every source that agrees with the reliable
    ones, pooled, as well. A source with too few pairs to tell is not trusted. An untrusted source whose pairs with
    the reliable ones are mostly an hour off in one direction (SHIFT_SHARE, SLIP_EVIDENCE_PAIRS at least) has that
    hour as its records' `shift`."""
    by_key: dict[tuple[int, str], list[_Record]] = {}
    for record in records:
        if record.minute is not None and record.title:
            by_key.setdefault((record.day, record.title), []).append(record)
    counts: dict[tuple[str, str], list[int]] = {}  # (source, source) sorted -> [same start, whole hours apart]
    # (source, other source) -> {signed gap in minutes of the source's start after the other's: pairs}, for a gap
    # of 0 or an hour either way
    signed: dict[tuple[str, str], dict[int, int]] = {}
    for group in by_key.values():
        if not 2 <= len(group) <= 6:  # a title repeated more often is a series, not copies of one event
            continue
        for position, x in enumerate(group):
            for y in group[position + 1 :]:
                if x.source == y.source or x.online != y.online or (
                    x.communes and y.communes and not x.communes & y.communes
                ):
                    continue
                gap = abs(x.minute - y.minute)
                kind = 0 if gap <= 5 else 1 if min(abs(gap - 60), abs(gap - 120)) <= 5 else None
                if kind is not None:
                    counts.setdefault(tuple(sorted((x.source, y.source))), [0, 0])[kind] += 1
                    if kind == 0 or abs(gap - 60) <= 5:  # the same start or one hour off (not two)
                        hour = 60 * kind
                        for first, second in ((x, y), (y, x)):
                            direction = hour if first.minute >= second.minute else -hour
                            gaps = signed.setdefault((first.source, second.source), {})
                            gaps[direction] = gaps.get(direction, 0) + 1

    def agrees(same: int, slipped: int) -> bool:
        return same + slipped >= SLIP_EVIDENCE_PAIRS and slipped <= SLIP_RATE_RELIABLE * (same + slipped)

    anchors = sorted((slipped / (same + slipped), -same, pair) for pair, (same, slipped) in counts.items()
                     if agrees(same, slipped))
    reliable = set(anchors[0][2]) if anchors else set()
    while reliable:
        added = set()
        for source in {s for pair in counts for s in pair} - reliable:
            pooled = [counts.get(tuple(sorted((source, other))), [0, 0]) for other in reliable]
            if agrees(sum(p[0] for p in pooled), sum(p[1] for p in pooled)):
                added.add(source)
        if not added:
            break
        reliable |= added
    shifts = {}
    for source in {s for pair in counts for s in pair} - reliable:
        pooled: dict[int, int] = {}
        for other in reliable:
            for gap, pairs in signed.get((source, other), {}).items():
                pooled[gap] = pooled.get(gap, 0) + pairs
        total = sum(pooled.values())
        for hour in (60, -60):
            if pooled.get(hour, 0) >= SLIP_EVIDENCE_PAIRS and pooled[hour] >= SHIFT_SHARE * total:
                shifts[source] = hour
    for record in records:
        record.slippy = record.source not in reliable
        record.shift = shifts.get(record.source, 0)


_BY = " par "


def _mark_titled_organisers(records: list[_Record]) -> None:
    """Gives a record without organiser field whose title ends with « par <organiser> » (« Formation : les
    communs par Collectif des Finances Solidaires ») that organiser, when it is one the edition's records name in
    their organiser field (the same as _named_organisers_relation says, its name of two significant words or more):
    « par » followed by anything else (« Découvrir la ville par le vélo ») names no organiser. Gives the others that
    set such an organiser apart in their title its keys as set_apart_organiser."""
    untitled = [r for r in records if not r.organiser and _BY in r.title]
    set_apart = [r for r in records if r.set_apart]
    described = [r for r in records if r.opening_words]
    _mark_spelled_organisers(records)
    if not untitled and not set_apart and not described:
        return
    known = {(r.organiser, r.organiser_initials, r.organiser_acronym) for r in records if r.organiser}
    known = sorted(k for k in known if len(_without_form(k[0]).split()) >= 2)
    for record in untitled:
        tail = record.title.rsplit(_BY, 1)[1]
        keys = _organiser_keys(tail)
        found = [k for k in known if _named_organisers_relation(*keys, *k) == "same"]
        if found:
            record.titled_organiser = max(found, key=lambda k: (fuzz.token_set_ratio(tail, k[0]), k))
    for record in set_apart:
        if not record.titled_organiser:
            record.set_apart_organiser = _set_apart_organiser(record.set_apart, known)
    for record in described:
        if not record.titled_organiser:
            record.described_organiser = _described_organiser(record.opening_words, known)


# The end of a description's first sentence: a full stop, or a line's end (a question is a teaser: « Envie d'en
# savoir plus ? Rejoignez le collectif X… » tells who in its answer).
_SENTENCE_END = re.compile(r"[.…]\s|\n")


@functools.lru_cache(maxsize=1 << 14)
def _opening_words(description: str) -> frozenset[str]:
    """The words of a description's first sentence, as _texts_words reads them: where a text says who holds the event
    (« Dans le cadre du Mois de l'ESS, le Collectif X propose … »), the partners it thanks coming after."""
    opening = _SENTENCE_END.split(description[:DESCRIPTION_READ], maxsplit=1)[0]
    return frozenset(_DESCRIPTION_WORD.findall(fold(opening))) - _DESCRIPTION_SKIPPED


def _described_organiser(words: frozenset[str], known: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The keys of the one organiser of the edition (`known`) a description's words name (see _named_in_words), a name
    another one found holds aside (« Collectif des habitants » in « Collectif des habitants du Hainaut »); None when
    none or several."""
    found = [k for k in known if _named_in_words(k[0], words)]
    found = [k for k in found if not any(o[0] != k[0] and f" {k[0]} " in f" {o[0]} " for o in found)]
    return found[0] if len(found) == 1 else None


def _mark_spelled_organisers(records: list[_Record]) -> None:
    """Gives a record without organiser field whose title's head or tail is the name of one acronym the edition's
    records credit, its significant words the acronym's letters (« Union départementale du Pays cathare – Atelier … »
    where another record credits « UDPC »: see _title_ends_initials), that acronym's keys as spelled_organiser. A title
    two credited acronyms spell names neither."""
    acronyms: dict[str, tuple[str, str, str]] = {}
    for record in records:
        if record.organiser_acronym and record.organiser == record.organiser_acronym:
            acronyms[record.organiser_acronym] = (record.organiser, record.organiser_initials, record.organiser_acronym)
    if not acronyms:
        return
    for record in records:
        if not record.organiser:
            found = [acronyms[letters] for letters in _title_ends_initials(record.title) if letters in acronyms]
            if len(found) == 1:
                record.spelled_organiser = found[0]


_SET_APART_ACRONYM = re.compile(r"(?:[A-ZÀ-Ý]\.?){2,8}")  # « MPDR », « C.V.L. »
_SET_APART_HEAD = re.compile(r"^([^:>|–—]{3,60}?)\s:\s")  # « Les Bricoleurs : Atelier vélo »


@functools.lru_cache(maxsize=1 << 14)
def _set_apart_names(title: str) -> tuple[str, ...]:
    """The texts a title sets apart where an agenda without organiser field credits someone: between brackets or
    parentheses, or its head before a colon."""
    head = _SET_APART_HEAD.match(title)
    return tuple(text.strip() for text in (*_ASIDE.findall(title), *(head.groups() if head else ())) if text.strip())


def _set_apart_organiser(names: tuple[str, ...], known: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The keys of the one organiser of the edition (`known`: named in organiser fields, two significant words or more)
    that one of `names` names, else None (a boilerplate, a time, a venue, or several organisers)."""
    keys = [_organiser_keys(name) for name in names if _SET_APART_ACRONYM.fullmatch(name)
            or len(_without_form(_organiser_keys(name)[0]).split()) >= 2]  # an acronym, or a name: not « Vélo »
    found = {k for own in keys for k in known if _named_organisers_relation(*own, *k) == "same"}
    return found.pop() if len(found) == 1 else None


def _resolve_town_names(records: list[_Record]) -> None:
    """Gives a record that names its town only (see _Record.town_only), by a name the COG takes for communes where the
    edition places nothing, the commune the edition's other records give under that name or a longer one it begins
    (with a postal code, an INSEE code or a point), when there is one: a regional listing's « Saint-Orens » or
    « St-Orens » is the Saint-Orens-de-Gameville its other listings give with 31650, not the Saint-Orens of another
    département, and « Marcq » the Marcq-en-Barœul of 59700."""
    given: dict[str, set[str]] = {}  # town key as written -> the communes records give it with certainty
    for record in records:
        if record.commune and len(record.communes) == 1 and not record.town_only and not record.online:
            given.setdefault(record.commune, set()).update(record.communes)
    if not given:
        return
    placed = set().union(*given.values())
    keys = sorted(given)
    for record in records:
        if not record.town_only or record.communes & placed:
            continue
        town = record.commune
        found = set(given.get(town, ()))
        start = bisect.bisect_left(keys, town + " ")
        for key in keys[start:]:
            if not key.startswith(town + " "):
                break
            found |= given[key]
        if len(found) == 1:
            record.communes = frozenset(found)


def _mark_venue_titles(records: list[_Record]) -> None:
    """Gives each record with a venue and a commune the words of the titles of the edition's records at that venue in
    that commune, leading article aside, and the names of the streets they give (_Record.venue_titles): « Docks
    Village » is at the « 10 place de la Joliette » another record gives it."""
    words: dict[tuple[str, str], set[str]] = {}
    keys = {}
    for record in records:
        if record.venue and record.communes and not record.online:
            head, _, rest = record.venue.partition(" ")
            keys[record.row] = venue = rest if head in _ARTICLES and rest else record.venue
            for commune in record.communes:
                found = words.setdefault((venue, commune), set())
                found.update(record.title.split())
                if record.street is not None:
                    found.add(record.street[2])
    for record in records:
        if record.row in keys:
            record.venue_titles = frozenset().union(*(words[keys[record.row], c] for c in record.communes))


def _mark_lone_sessions(records: list[_Record]) -> None:
    """Marks the records (see _Record.lone_session) at a street where the edition's timed records of that day
    start within NEAR_TIME_MIN of each other: one session there that day. A second group at that venue a few
    hours later (a room lent twice, the same title) makes the street's sessions two. A date-only record so marked
    also keeps that session's starts and the edition's timed records of its day (see _another_session)."""
    starts: dict[tuple, list[float]] = {}
    timed: dict[int, list[_Record]] = {}
    for record in records:
        if record.minute is not None:
            timed.setdefault(record.day, []).append(record)
            if record.street is not None:
                starts.setdefault((record.street, record.day), []).append(record.minute)
    day_timed = {day: tuple(found) for day, found in timed.items()}
    for record in records:
        minutes = starts.get((record.street, record.day)) if record.street is not None else None
        record.lone_session = bool(minutes) and max(minutes) - min(minutes) <= NEAR_TIME_MIN
        if record.lone_session and record.minute is None:
            record.street_starts = (min(minutes), max(minutes))
            record.day_timed = day_timed.get(record.day, ())


# A day's programme: a record lasting this long or more whose title is the day's name (« Village de l'ESS »,
# « Forum de l'économie solidaire »), its sub-events' titles naming it too (see _mark_umbrella_days).
UMBRELLA_DAY_MIN = 5 * 60
UMBRELLA_NAME_WORDS = 3  # words of a title core, at most, that may be a day's name
UMBRELLA_SUB_EVENTS = 2  # sub-events of other subjects naming it, within its hours, at least


def _mark_umbrella_days(records: list[_Record]) -> None:
    """Takes a day's name out of the cores of its sub-events, and out of their title keys as title_similarity compares
    them whole (_Record.whole). A record of UMBRELLA_DAY_MIN or more (« Village de l'ESS 2022 », 10:00-18:00 at
    Micropolis) whose core, of UMBRELLA_NAME_WORDS words at most, the cores of records of that day at its venue or
    street (or in its commune, saying no more) starting within its hours (or giving no time) hold with other words
    (« Repair café au Village de l'ESS », « Fresque du Climat - Village ESS Besançon », « Atelier créer en Scop
    (Village ESS) »), of UMBRELLA_SUB_EVENTS subjects or more among those starting after it or ending before it, is
    the day's programme: its name in a sub-event's title says where that takes place, not what it is. Two sub-events
    sharing it are two events (a Scop workshop is no climate fresk), and a listing of the day is none of them, not
    even its market over the same hours (see _day_and_its_part). A record over its hours or giving none is a sub-event
    only when its other words name an activity (« Marché solidaire (Village ESS) »): a copy of the day with more words
    in its title (« Forum régional de l'ESS » / « Forum de l'ESS ») is none; nor is an event of that name elsewhere in
    the town (« Braderie solidaire – avec l'association X » and « … – avec Y » at two halls)."""
    by_day: dict[tuple[int, str], list[_Record]] = {}
    for record in records:
        if not record.online:
            for commune in record.communes:
                by_day.setdefault((record.day, commune), []).append(record)
    for record in records:
        if (record.online or record.minute is None or record.end is None or not record.communes
                or record.end - record.minute < UMBRELLA_DAY_MIN):
            continue
        name = frozenset(record.core.split())
        if not name or len(name) > UMBRELLA_NAME_WORDS:
            continue
        subs: dict[int, _Record] = {}
        inner: set[frozenset[str]] = set()  # the subjects of those within its hours, not over them
        for commune in record.communes:
            for other in by_day.get((record.day, commune), ()):
                words = frozenset(other.core.split())
                if other is record or other.row in subs or not name < words or not (
                        other.minute is None or record.minute <= other.minute <= record.end) or not (
                        _same_street_or_venue(record, other) or not (other.venue or other.street)):
                    continue
                within = other.minute is not None and (
                    other.minute - record.minute > SAME_TIME_MIN
                    or other.end is not None and record.end - other.end > SAME_TIME_MIN)
                # Over its hours (or giving none), only an activity of its own (« Marché solidaire (Village ESS) »):
                # « Forum régional de l'ESS », « Bourse aux jouets et vêtements d'enfants » are the day's copies.
                if within or formats_of(" ".join(sorted(words - name))):
                    subs[other.row] = other
                    if within:
                        inner.add(words - name)
        if len(inner) < UMBRELLA_SUB_EVENTS:
            continue
        for other in subs.values():
            other.day_name = name
            other.core = " ".join(w for w in other.core.split() if w not in name)
            other.whole = " ".join(w for w in other.title.split() if _lemma(_stem(w)) not in name)


def _day_and_its_part(a: _Record, b: _Record) -> bool:
    """Whether one record is a listing of a day's programme (its core the day's name) and the other a sub-event naming
    that day (see _mark_umbrella_days)."""
    return bool(a.day_name) and frozenset(b.core.split()) == a.day_name or bool(b.day_name) and frozenset(
        a.core.split()) == b.day_name


def _another_session(record: _Record) -> bool:
    """Whether the edition times, the day of a date-only record at a street where it times one session (see
    _mark_lone_sessions), another session of its title (TITLE_STRONG) that may be at that street: placed at no street,
    in its commune or in none (an iCalendar LOCATION naming the venue alone), and starting more than NEAR_TIME_MIN away
    from the street's session. The record may then be either session's copy. True too for a record at no such
    street (a copy shifted to another day, see _attach_days): nothing says its session is the one."""
    if record.street_starts is None:
        return True
    if record.another_session is None:
        first, last = record.street_starts
        record.another_session = any(
            other.street is None and not other.online and other.source != record.source
            and (not other.communes or bool(other.communes & record.communes))
            and not first - NEAR_TIME_MIN <= other.minute <= last + NEAR_TIME_MIN
            and title_similarity(record, other) >= TITLE_STRONG
            for other in record.day_timed
        )
    return record.another_session


def _group_same_day_listings(records: list[_Record]) -> None:
    """Gives each record the records of its source that day in each of its communes, and online for an online record
    (_Record.same_day_listings)."""
    together: dict[tuple, list[_Record]] = {}

    def places(record: _Record) -> list:
        return [*sorted(record.communes), *(["en ligne"] if record.online else [])]

    for record in records:
        for place in places(record):
            together.setdefault((record.source, record.day, place), []).append(record)
    for record in records:
        record.same_day_listings = tuple(together[(record.source, record.day, place)] for place in places(record))


def _lists_the_title_twice(record: _Record) -> bool:
    """Whether the record's source lists another record of a title as close as one event's (token_set_ratio of their
    cores at least TITLE_STRONG: « [Novembre ESS] Journée de formation » and « Journée de formation ») the same day
    in a commune they share, or both online: a source lists an event once, so title, day and town do not tell those
    apart. Worked out only for the records a decision asks about (a room: see _day_room_apart; a network credited
    without a time: see evidence), once each: a feed dating all its records the same day in one town is not compared
    pair by pair. Rows, not objects, tell the record apart: a copy
    shifted to a later day (see _attach_days) keeps its listings, the original among them."""
    if record.same_titled is None:
        record.same_titled = any(
            other.row != record.row and fuzz.token_set_ratio(record.core, other.core) >= TITLE_STRONG
            for listing in record.same_day_listings for other in listing
        )
    return record.same_titled


def _venue_words(venue: str) -> frozenset[str]:
    """The words of a venue key, its articles aside."""
    return frozenset(venue.split()) - _STREET_ARTICLES


def _mark_town_venues(records: list[_Record]) -> None:
    """Sets town_venues: the words of the venues the edition's records give in one commune, by its code, and the
    streets (None: none) they give them at."""
    venues: dict[str, dict[frozenset[str], set]] = {}
    for record in records:
        if record.venue and len(record.communes) == 1 and not record.online:
            town = venues.setdefault(next(iter(record.communes)), {})
            town.setdefault(_venue_words(record.venue), set()).add(record.street)
    for record in records:
        record.town_venues = venues


def _venue_halves(a: _Record, b: _Record) -> bool:
    """Whether two records' venues, neither within the other, are the two parts of one venue another record of the
    edition gives in their commune, whole (« Université de Guyane » / « Campus de Troubiran », where the platform
    writes « Université de Guyane - Campus de Troubiran »; « Boisripeaux » / « Maison de quartier », for the « Maison
    de quartier de Boisripeaux »): each source wrote one of its names. Not when a record's street is not the whole
    venue's (another « Maison de quartier » of the town)."""
    towns = a.communes & b.communes
    if not towns or not a.town_venues:
        return False
    words_a, words_b = _venue_words(a.venue), _venue_words(b.venue)
    if not words_a or not words_b or words_a <= words_b or words_b <= words_a:
        return False
    for code in towns:
        for street in a.town_venues.get(code, {}).get(words_a | words_b, ()):
            if street is None or all(s is None or _same_street(s, street) for s in (a.street, b.street)):
                return True
    return False


def _resolve_venues(records: list[_Record]) -> None:
    """Gives a record that names only its venue the commune (and street) that the other records of the
    edition naming that venue give, when they all agree (a name found in two towns resolves nothing, even when
    the record's own source gives it in one town only: a local feed lists its town's « Maison des associations »
    and, now and then, another town's); the street comes from the same source first. A venue
    written with its town after it (« La Petite Rockette Saint-Malo », « Maison des associations de Rennes »)
    is that venue in that town when another record gives the venue there."""
    by_source: dict[tuple[str, str], set] = {}
    by_edition: dict[str, set] = {}
    for record in records:
        if record.venue and record.communes:
            place = (record.communes, record.street, record.commune)
            by_source.setdefault((record.source, record.venue), set()).add(place)
            by_edition.setdefault(record.venue, set()).add(place)
    venues = list(by_edition)  # the names the edition gives a commune, for _written_elsewhere_otherwise
    acronyms = None  # the venues by their initials, for a venue written as an acronym (_venues_by_initials)
    shortened = None  # the venues by their heads' initials, for one written so (_venues_by_short_form)
    kindless = None  # the venues by their names without their kinds (_venues_without_kind)

    def named_alone(record: _Record) -> bool:
        return not record.venue and record.street is None and not record.postal and not record.point

    # The communes the edition's records place something in otherwise than by a name alone
    elsewhere = frozenset().union(*(record.communes for record in records if not named_alone(record)))
    for record in records:
        if named_alone(record) and record.communes:
            if record.commune in by_edition:
                # A place given by a name alone (an ICS LOCATION « La Forge », « L'Escale ») that is the name of a
                # commune elsewhere, and of a venue that the edition's records give in other communes: the venue.
                named = [record.commune]
            elif not record.communes & elsewhere:
                # The same a typo away (« Marie » for « Mairie », « La Bèrche » for « La Brèche »): the name of a
                # commune nothing else of the edition is placed in, close to venues the edition gives in other
                # communes only: a venue's name as written, placed by nothing.
                named = [venue for venue, _, _ in process.extract(record.commune, venues, scorer=fuzz.ratio,
                                                                  score_cutoff=VENUE_SAME, limit=None)]
            else:
                named = []
            if named and not any(p[0] & record.communes for venue in named for p in by_edition[venue]):
                record.venue, record.commune, record.communes = record.commune, "", frozenset()
        if record.venue and not record.communes and not record.online and not record.point:
            venue = record.venue
            places = by_edition.get(venue)
            if places is None:
                if kindless is None:
                    kindless = _venues_without_kind(by_edition)
                venue, places = _venue_before_town(venue, by_edition, kindless)
            if not places:
                if acronyms is None:
                    acronyms = _venues_by_initials(by_edition)
                venue, places = (_venue_of_acronym(venue, acronyms) if " " not in venue
                                 else _acronym_before_town(venue, acronyms))
            if not places:
                if shortened is None:
                    shortened = _venues_by_short_form(by_edition)
                venue, places = _venue_short_or_long(venue, by_edition, shortened)
            if not places:
                venue, places = _seat_of_town(venue, by_edition)
            if len({p[0] for p in places}) == 1 and not _written_elsewhere_otherwise(venue, places, by_edition,
                                                                                     venues):
                record.venue = venue
                record.communes = next(iter(places))[0]
                record.resolved = True
                if not record.overseas and any(code.startswith("97") for code in record.communes):
                    # A venue the edition places overseas (« Mémorial ACTe, PAP »): its start may be that territory's
                    # local time written in UTC or Paris time, like any record placed there.
                    record.overseas, record.overseas_clock = True, not record.own_zone
                own = {p for p in by_source.get((record.source, venue), ()) if p[0] == record.communes}
                streets = {p[1] for p in own or places} - {None}
                if record.street is None and len(streets) == 1:
                    record.street = next(iter(streets))
        elif record.venue and record.communes and " " not in record.venue and (
                ACRONYM_LETTERS[0] <= len(record.venue) <= ACRONYM_LETTERS[1]):
            # A venue written as an acronym in its commune (« MDE », Évry-Courcouronnes) where the edition places one
            # venue of those initials (see _venues_by_initials): that venue, its name in full.
            if acronyms is None:
                acronyms = _venues_by_initials(by_edition)
            named = {venue for venue, places in acronyms.get(record.venue, {}).items()
                     if any(p[0] & record.communes for p in places)}
            if len(named) == 1:
                record.venue = named.pop()


def _resolve_misspelt_towns(records: list[_Record]) -> None:
    """Places in its town a record whose place is a name alone, no venue of the edition, that is a typo away from the
    name of a town the edition's other records give (a calendar's LOCATION « Dijion », « Chalons-sur-Saone »): the
    town alone, as written by those records. A name close to two towns' names resolves nothing."""
    alone = [r for r in records if r.venue and not r.communes and r.street is None and not r.online
             and r.point is None and not r.postal and len(r.venue) >= 5]
    if not alone:
        return
    towns: dict[str, frozenset[str]] = {}
    venues = set()  # the venues the edition places somewhere: a name alone that is one of them is that venue
    for record in records:
        if record.communes:
            venues.add(record.venue)
        if len(record.communes) == 1 and record.commune:
            towns.setdefault(record.commune, record.communes)
    names = list(towns)
    for record in alone:
        if record.venue in venues or record.venue in towns:
            continue
        found = {towns[name] for name, _, _ in process.extract(record.venue, names, scorer=fuzz.ratio,
                                                               score_cutoff=TOWN_TYPO, limit=None)}
        if len(found) == 1:
            record.communes, record.venue, record.town_only = found.pop(), "", True


# A place written as a quarter (« Quartier des Grésilles », « quartier Battant »): the words before its name.
_QUARTER_HEAD = re.compile(r"^quartiers? (?:(?:de la|de l|des|du|de|d) )?")


def _resolve_quarters(records: list[_Record]) -> None:
    """Reads as a quarter of a town the place of a record that is a name alone, neither a commune nor a venue the
    edition places (a calendar's « Planoise », « Clairs-Soleils », « Quartier des Grésilles », « Battant,
    Besançon »), when the edition's records naming it in their titles, organisers, venues or streets all stand in that
    one town (« Job dating à Planoise », « MDQ Clairs Soleils », « Centre social des Grésilles », in Besançon and
    Dijon): the venues and streets of those records are the quarter's, where the record may be (see _in_its_quarter).
    A name no record places, or records place in several towns, reads as nothing; nor does a name of a kind of venue
    (« Maison de quartier », « Médiathèque »: a venue of any town). A town written with its quarter alone
    (« Metz-Borny ») is such a place too, whose venues no record tells."""
    wanted: dict[int, str] = {}  # the name of the quarter a record's place may be, by row
    said: dict[int, bool] = {}  # whether the record writes it as a quarter (« Quartier des Grésilles »)
    for record in records:
        if record.online or record.point is not None or record.postal:
            continue
        if record.quarter and record.street is None and record.venue == record.quarter:
            record.quarter_alone = True
            continue
        if len(record.communes) > 1 or not record.venue or record.street is not None and (
                record.street[0] or record.street[1] != "quartier"):
            continue
        words = _QUARTER_HEAD.sub("", record.venue).split()
        while words and words[0] in _ARTICLES:
            words = words[1:]
        name = " ".join(words)
        significant = [word for word in words if word not in _STOPWORDS]
        if len(name) >= 4 and significant and not any(
                word in _TITLED_VENUE_HEADS or word in _VENUE_HEADS for word in significant):
            wanted[record.row] = name
            said[record.row] = name != record.venue and _QUARTER_HEAD.match(record.venue) is not None
    if not wanted:
        return
    first_words = {name.split()[0] for name in wanted.values()}
    naming: dict[str, list[_Record]] = {}
    venues = set()
    for record in records:
        if record.communes and not record.online and record.row not in wanted:
            venues.add(record.venue)
            street = record.street[2] if record.street is not None else ""
            for word in first_words.intersection(f"{record.title} {record.organiser} {record.venue} {street}".split()):
                naming.setdefault(word, []).append(record)
    found: list[_Record] = []
    for record in records:
        name = wanted.get(record.row)
        if name is None or name in venues:  # a venue the edition places (see _resolve_venues), not a quarter
            continue
        towns, places, days, outside_venues = set(), set(), set(), False
        for other in naming.get(name.split()[0], ()):
            # A title, an organiser or a street naming it (« Job dating à Planoise », « MDQ Clairs Soleils », « 22 rue
            # Battant »): a quarter; a venue's name holding it is one too when the record says so (« Centre social des
            # Grésilles »), else it may be that venue's short name (« L'Escapade »).
            elsewhere = any(f" {name} " in f" {text} " for text in (other.title, other.organiser)) or (
                other.street is not None and other.street[2] == name)
            if elsewhere or f" {name} " in f" {other.venue} ":
                towns.add(other.communes)
                places.update(place for place in (other.venue, other.street) if place)
                days.add(other.day)
                outside_venues = outside_venues or elsewhere
        if len(towns) == 1 and len(next(iter(towns))) == 1 and (outside_venues or said[record.row]) and (
                not record.communes or record.communes == next(iter(towns))):
            # Its communes stay unknown when not given: where in the town is what the pairs weigh (see _in_its_quarter)
            record.quarter, record.quarter_alone, record.quarter_places = name, True, frozenset(places)
            record.quarter_days, record.quarter_town = frozenset(days), next(iter(next(iter(towns))))
            found.append(record)
    by_town: dict[str, set[str]] = {}
    for record in found:
        by_town.setdefault(record.quarter_town, set()).add(record.quarter)
    for record in found:
        record.other_quarters = frozenset(by_town[record.quarter_town] - {record.quarter})


def _in_its_quarter(quarter: _Record, other: _Record) -> bool:
    """Whether `other` may stand in the quarter a record gives alone for its place (see _resolve_quarters): it names the
    quarter in its title, organiser, venue or street, or it is at a venue or street of a record that does (« Centre
    Mandela » where another record holds « Job dating à Planoise » at the Centre Nelson Mandela), or the edition places
    nothing in the quarter that day. A venue nothing ties to the quarter, when a record of that day stands in it, is
    another (a namesake repair café of the quarter's own house); so is a venue of no name of its own (« Maison de
    quartier »)."""
    if not quarter.quarter_alone or other.online or (
            quarter.quarter_town and other.communes and quarter.quarter_town not in other.communes):
        return False
    name = quarter.quarter
    if any(f" {name} " in f" {text} " for text in (other.title, other.organiser, other.venue)) or (
            other.street is not None and (other.street[2] == name or other.street in quarter.quarter_places)):
        return True
    # A venue of its own name (« Maison de quartier » is any quarter's) close to one of the quarter's
    if _named_venue(other.venue) and any(
            isinstance(place, str) and fuzz.token_set_ratio(other.venue, place) >= VENUE_SAME
            and not _venues_differ(other.venue, place) for place in quarter.quarter_places):
        return True
    # A venue of the town nothing ties to a quarter (« Le Grain des Mots » for a calendar's « Écusson, Montpellier »),
    # the day no record of the edition stands in the quarter, nor names another quarter of the town: it may be there.
    texts = f" {other.title} {other.organiser} {other.venue} {other.street[2] if other.street else ''} "
    return bool(other.communes) and quarter.day not in quarter.quarter_days and not any(
        f" {name} " in texts for name in quarter.other_quarters)


def _written_elsewhere_otherwise(venue: str, places: set, by_edition: dict[str, set], venues: list[str]) -> bool:
    """Whether the edition gives a venue name written a typo away (VENUE_SAME) in another commune than `places`: « La
    Mionterie » given in one town, « La Minoterie » in two, names no one town. `venues`: list(by_edition)."""
    communes = {p[0] for p in places}
    return any(
        other != venue and any(p[0] not in communes for p in by_edition[other]) and _a_typo_apart(venue, other)
        for other, _, _ in process.extract(venue, venues, scorer=fuzz.ratio, score_cutoff=VENUE_SAME, limit=None)
    )


def _without_article(name: str) -> str:
    """A folded name without the article it begins with (« le bikini »: « bikini »)."""
    head, _, rest = name.partition(" ")
    return rest if rest and head in _ARTICLES else name


def _a_typo_apart(first: str, second: str) -> bool:
    """Whether two venue keys alike (VENUE_SAME) differ by a typo or a word written short, not by another word: what
    differs once the words they begin and end with alike are set aside is alike too, a letter apart, or one spells the
    other short (« la mionterie » / « la minoterie », « epsace » / « espace », « sle polyvalente » / « salle
    polyvalente », not « maison de quartier des touleuses » / « maison de quartier des courtillieres »); an article is
    no word (« le bikini solidaire »)."""
    words_a, words_b = _without_article(first).split(), _without_article(second).split()
    shortest = min(len(words_a), len(words_b))
    head = 0
    while head < shortest and words_a[head] == words_b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and words_a[-1 - tail] == words_b[-1 - tail]:
        tail += 1
    rest_a, rest_b = " ".join(words_a[head:len(words_a) - tail]), " ".join(words_b[head:len(words_b) - tail])
    short, long = sorted((rest_a, rest_b), key=len)
    return fuzz.ratio(rest_a, rest_b) >= VENUE_SAME or OSA.distance(rest_a, rest_b) <= 1 or bool(short) and (
        short[0] == long[0] and _in_order(short, long))


def _in_order(letters: str, text: str) -> bool:
    """Whether the letters of `letters` appear in `text` in that order (« sle » in « salle »)."""
    remaining = iter(text)
    return all(letter in remaining for letter in letters)


def _resolve_streets(records: list[_Record]) -> None:
    """Gives a record that names its venue and commune but no street the street that the other records of the
    edition give that venue in that commune, when they all agree: the venue of one listing and the address of
    another are then one place, or two when the streets differ (« Bibliothèque municipale » is at 20 place Jules
    Ferry, not at 91 chemin Jules Ferry). A venue given at two streets of one commune (two branches of a library)
    resolves nothing. A room (see _is_room) that no record gives at a street in its commune, under that name or
    written otherwise, is marked unplaced: against a record at a street of that commune it is neither the same place
    nor another one (a room booked inside a venue, « Salle Iroise, Saint-Brieuc », is not named by the records that
    give the venue's own name and address)."""
    streets: dict[tuple[str, frozenset], set] = {}
    given: Counter = Counter()  # (venue, communes): how many records give it at a street
    for record in records:
        if record.communes and record.venue and record.street is not None and not record.online:
            streets.setdefault((record.venue, record.communes), set()).add(record.street)
            given[(record.venue, record.communes)] += 1
    placed: dict[frozenset, list[str]] = {}  # communes -> the venues given at a street there
    for venue, communes in streets:
        placed.setdefault(communes, []).append(venue)
    for record in records:
        if record.street is None and record.venue and record.communes and not record.online:
            found = streets.get((record.venue, record.communes))
            if found is None:
                record.unplaced = _is_room(record.venue) and all(
                    _other_venue(venue, record.venue) for venue in placed.get(record.communes, ())
                )  # a venue the edition places, written otherwise (« Sallle Jean Moulin »), is not unplaced
            elif len(found) == 1:
                record.street = next(iter(found))
                record.street_resolved = True
                record.street_support = given[(record.venue, record.communes)]


def _venue_heads_title(venue: str, title: str) -> bool:
    """Whether a title key begins or ends with a venue key, the rest of the title saying what the event is (an
    iCalendar SUMMARY « Le Préau : Atelier vélo », « Atelier vélo @ Le Préau »); not a venue named by stopwords
    and short words only, too common a phrase."""
    return (title.startswith(venue + " ") or title.endswith(" " + venue)) and any(
        len(word) >= 4 and word not in _STOPWORDS for word in venue.split()
    )


def _venue_before_town(venue: str, by_edition: dict[str, set], kindless: dict[str, list[str]] | None = None
                       ) -> tuple[str, set]:
    """(venue, its places in that town) of a venue key ending with a town the edition gives that venue in
    (the commune key as the other records wrote it), else (venue, no place). `kindless` (see _venues_without_kind):
    the venue may be named without the kind of venue it is (« Utopia Montpellier », the Cinéma Utopia there)."""
    words = venue.split()
    for cut in range(len(words) - 1, 0, -1):
        name = words[:cut]
        while len(name) > 1 and name[-1] in ("de", "d", "a"):
            name = name[:-1]
        town = " ".join(words[cut:])
        places = by_edition.get(" ".join(name))
        if places and any(p[2] == town for p in places):
            return " ".join(name), {p for p in places if p[2] == town}
        fulls = (kindless or {}).get(" ".join(name), ())
        named = [(full, found) for full in fulls if (found := {p for p in by_edition[full] if p[2] == town})]
        if len(named) == 1:  # one venue of that name in that town (« Cinéma Utopia », not also a « Salle Utopia »)
            return named[0]
    return venue, set()


def _venues_without_kind(by_edition: dict[str, set]) -> dict[str, list[str]]:
    """{name: venues} of the venues the edition places whose name begins with the kind of venue they are (« cinema
    utopia »: « utopia »), by the rest of their name, when that rest has a name of its own (see _named_venue)."""
    found: dict[str, list[str]] = {}
    for venue in by_edition:
        words = venue.split()
        kind = 0
        while kind < len(words) - 1 and (words[kind] in _VENUE_KIND_WORDS or words[kind] in _STOPWORDS):
            kind += 1
        rest = " ".join(words[kind:])
        if kind and len(rest) >= 4 and _named_venue(rest):
            found.setdefault(rest, []).append(venue)
    return found


def _venues_by_initials(by_edition: dict[str, set]) -> dict[str, dict[str, set]]:
    """{initials: {venue: its places}} of the venue names of several words the edition places, by the initials of
    their words (compounds split: « csc », centre socioculturel) and of their words and town (« mcb », the Maison de
    la Culture in Bourges), and by those of their words with the prepositions' (« mda », Maison des associations;
    « mde », Maison de l'emploi; « mpt », Maison pour tous: an elided article gives none): built once per edition, an
    acronym is then looked up, not spelled against every name."""
    found: dict[str, dict[str, set]] = {}
    for venue, places in by_edition.items():
        if " " not in venue:
            continue
        words = _compounds_split(venue)
        spoken = "".join(word[0] for word in words.split() if len(word) > 1)
        for place in places:
            for key in {initials(words), initials(f"{words} {place[2]}"), spoken}:
                if len(key) >= ACRONYM_LETTERS[0]:
                    found.setdefault(key, {}).setdefault(venue, set()).add(place)
    return found


def _acronym_before_town(venue: str, by_initials: dict[str, dict[str, set]]) -> tuple[str, set]:
    """(venue, its places in that town) of a venue key written as an acronym and a town (« MVA Reims », « MJC de
    Vannes ») when one venue name the edition places in that town has those initials (see _venues_by_initials),
    else (venue, no place)."""
    acronym, _, town = venue.partition(" ")
    town = _after_link(town)
    found = {name: here for name, places in by_initials.get(acronym, {}).items()
             if (here := {place for place in places if place[2] == town})}
    if len(found) == 1:
        (name, places), = found.items()
        if len({place[0] for place in places}) == 1:
            return name, places
    return venue, set()


def _short_forms(venue: str) -> set[str]:
    """The ways a venue key of three words or more is written with its first words as their initials and the rest as
    it is (« maison de quartier des touleuses »: « mdq touleuses », « mq touleuses »; « maison des jeunes et de la
    culture antipode »: « mjc antipode »), the words between aside."""
    words = venue.split()
    forms = set()
    for cut in range(2, len(words)):
        rest = words[cut:]
        while rest and rest[0] in _STREET_ARTICLES:
            rest = rest[1:]
        if not rest:
            continue
        head = words[:cut]
        for letters in ("".join(w[0] for w in head if len(w) > 1), initials(" ".join(head))):
            if len(letters) >= 2:
                forms.add(f"{letters} {' '.join(rest)}")
    return forms


def _venues_by_short_form(by_edition: dict[str, set]) -> dict[str, dict[str, set]]:
    """{short form: {venue: its places}} of the venue names the edition places (see _short_forms)."""
    found: dict[str, dict[str, set]] = {}
    for venue, places in by_edition.items():
        if venue.count(" ") >= 2:
            for form in _short_forms(venue):
                found.setdefault(form, {}).setdefault(venue, set()).update(places)
    return found


def _venue_short_or_long(venue: str, by_edition: dict[str, set],
                         shortened: dict[str, dict[str, set]]) -> tuple[str, set]:
    """(venue, its places) of the one venue name the edition places that `venue` writes with its first words as their
    initials (« MDQ Touleuses » for the « Maison de quartier des Touleuses » of Cergy), or that writes `venue` so,
    else (venue, no place)."""
    found = dict(shortened.get(venue, {}))
    for form in _short_forms(venue) if venue.count(" ") >= 2 else ():
        if form in by_edition:
            found[form] = by_edition[form]
    if len(found) == 1:
        (name, places), = found.items()
        if len({p[0] for p in places}) == 1:
            return name, places
    return venue, set()


def _venue_of_acronym(acronym: str, by_initials: dict[str, dict[str, set]]) -> tuple[str, set]:
    """(venue, its places) of the one venue name the edition places whose initials, or initials and town's, a
    one-word venue key is (« MCB »: the Maison de la Culture the edition places in Bourges; see _venues_by_initials),
    else (acronym, no place)."""
    found = by_initials.get(acronym, {})
    if len(found) == 1:
        (venue, places), = found.items()
        if len({p[0] for p in places}) == 1:
            return venue, places
    return acronym, set()


def _seat_of_town(venue: str, by_edition: dict[str, set]) -> tuple[str, set]:
    """(seat, its places) of a town hall named with its town (« Mairie de Douai », « Hôtel de ville de Laon ») that
    the edition's other records give in that town under one of its names (see _SEATS), else (venue, no place)."""
    for name in _TOWN_HALLS:
        if venue.startswith(name + " "):
            town = _after_link(venue[len(name) + 1:])
            found = [(other, {p for p in by_edition[other] if p[2] == town}) for other in _TOWN_HALLS
                     if other in by_edition]
            found = [(other, places) for other, places in found if places]
            if found and len({p[0] for _, places in found for p in places}) == 1:
                return found[0]
    return venue, set()


def _knows_where(record: _Record) -> bool:
    return bool(record.communes or record.point or record.online)


def _located(record: _Record) -> bool:
    """Whether a record says where it is beyond a name the edition places nowhere (« Télé-réunion », « Renater »: a
    venue's name alone that no record gives in a commune may be an online wording)."""
    return bool(record.communes or record.point or record.street or record.online)


def _moved_online(a: _Record, b: _Record, time: str) -> bool:
    """Whether an online record and one at a place are one event moved online (or streamed), one source not told: the
    same organiser, both naming it, at the same time (or a time zone's slip), under the same title (TITLE_STRONG).
    An organiser does not hold two events of one title at once, one there and one online."""
    return (
        time in ("same", "slip") and bool(a.organiser) and bool(b.organiser) and _organiser_relation(a, b) == "same"
        and title_similarity(a, b) >= TITLE_STRONG
    )


def _has_place(record: _Record) -> bool:
    return bool(record.communes or record.point or record.venue or record.street or record.online)


@dataclass(frozen=True)
class _Evidence:
    veto: str | None
    time: str = ""  # "same", "slip", "near", "day" (one side date-only)
    same_commune: bool = False
    same_place: bool = False  # same street, same venue or same meeting link
    both_online: bool = False
    organiser: str = ""  # "same", "other" or "" (one side unknown or undecided)
    unplaced: bool = False  # a room nothing places against a venue of its town (see _room_against_venue)
    length: str = ""  # "same", "other" or "" (an end not given on one side, or undecided): see _length_relation
    moved_online: bool = False  # one record online, the other at its place: one event moved online (_moved_online)
    nearby: bool = False  # a town named for its neighbour where the event is (see _neighbour_town)


def _neighbour_town(a: _Record, b: _Record) -> bool:
    """Whether one record gives its town by its name alone (no postal code, INSEE code, point nor street: a calendar's
    « Dijon », « Le Cèdre, Dijon »), the other a commune of the same urban intercommunality (see
    CommuneIndex.urban_area): a source naming the big town for its suburb (Chenôve, Longvic). Two towns both named
    alone are two."""
    index = _TERRITORIES_INDEX
    if index is None or a.online or b.online or len(a.communes) != 1 or len(b.communes) != 1:
        return False
    named, other = (a, b) if a.town_only else (b, a)
    if not named.town_only or other.town_only or named.street is not None or (
            named.venue and not _named_venue(named.venue)):
        return False  # « REZÉ, Salle des fêtes »: each town of the metropolis has its own
    area = index.urban_area.get(next(iter(named.communes)))
    return area is not None and area == index.urban_area.get(next(iter(other.communes)))


def _time_relation(a: _Record, b: _Record) -> str | None:
    if a.minute is None or b.minute is None:
        if not (a.day == b.day or a.overseas or b.overseas):
            return None
        return "day" if _parts_agree(a, b) else None
    gap = abs(a.minute - b.minute)
    nearest = _start_gap(a, b)  # a source's learned shift taken off: its starts that late are as good as on time
    if nearest <= SAME_TIME_MIN:
        return "same"
    hours = round(gap / 60)
    slip = abs(gap - 60 * hours) <= SLIP_TOLERANCE_MIN
    if slip and (
        (a.zoneless or b.zoneless) and 1 <= hours <= MAX_SLIP_HOURS
        or (a.slippy or b.slippy) and abs(gap - 60) <= LEARNED_SLIP_TOLERANCE_MIN
    ):
        return "slip"
    if _same_clock(a, b):
        return "slip"  # an overseas start at its own offset, the other's clock the same read as Paris time
    if (a.overseas_clock or b.overseas_clock) and gap <= OVERSEAS_TOLERANCE_MIN:
        return "slip" if slip else "near"  # an overseas local time written as Paris time, maybe moved too
    if gap <= NEAR_TIME_MIN:
        return "near"
    return None


def _parts_agree(a: _Record, b: _Record) -> bool:
    """Whether the part of the day a date-only record names (DAY_PART_STARTS) may hold the other's start: a timed start
    in its hours (the whole day: a morning's start, and no end given under WHOLE_DAY_MIN after it), or a part of the day
    that is no other session's (OTHER_DAY_PARTS). True when neither names one. A source's « Après-midi » is no morning
    session: its copy goes to the afternoon's when the title has two sessions that day, and stays apart from a morning's
    listed alone (another session, the form's alone)."""
    if not (a.day_part or b.day_part):
        return True
    if a.minute is None and b.minute is None:
        return frozenset((a.day_part, b.day_part)) not in OTHER_DAY_PARTS
    part, timed = (a, b) if a.minute is None else (b, a)
    if not part.day_part or timed.overseas or part.overseas:
        return True
    start = timed.local_start if timed.local_start >= 0 else (timed.minute + 60) % (24 * 60)  # Paris in November
    first, last = DAY_PART_STARTS[part.day_part]
    if not first <= start < last:
        return False
    return part.day_part != "journee" or timed.end is None or timed.end - timed.minute >= WHOLE_DAY_MIN


def _part_holds_the_start(a: _Record, b: _Record) -> bool:
    """Whether one record is timed and the other, date-only, names the part of the day its start falls in (see
    _parts_agree): a half day said, not a day."""
    if (a.minute is None) == (b.minute is None):
        return False
    part = a if a.minute is None else b
    return bool(part.day_part) and part.day_part != "journee" and _parts_agree(a, b)


def _same_clock(a: _Record, b: _Record) -> bool:
    """A start read in Paris time by a source whose places are all overseas (see home_offsets), at the other's start
    once read in its territory's time: that territory's local time, no place telling the normaliser whose it is."""
    return a.at_home(b) or b.at_home(a)


def _start_gap(a: _Record, b: _Record) -> float:
    """Minutes between two timed starts, a source's learned shift taken off when that brings them closer."""
    gap = abs(a.minute - b.minute)
    return min(gap, abs(a.minute - a.shift - b.minute + b.shift)) if a.shift or b.shift else gap


SAME_LENGTH_MIN = 20  # the same end, or the same length, give or take a rounding
OTHER_LENGTH_MIN = 30  # ends and lengths both further apart than this: two events (an hour's talk, a 3-hour workshop)
ONE_DAY_MIN = 12 * 60  # longer: an event over several days, listed once or day by day, whose ends need not agree


def _length_relation(a: _Record, b: _Record, time: str) -> str:
    """What the ends of two records whose starts are `time` (see _time_relation) say: "same" when both give the same
    end (the start of the doors' opening earlier), or the same length when the starts are a time zone's slip apart
    (the same mistake moves the end); "other" when ends and lengths both differ (another event of that organiser, that
    venue, that day: an hour's talk against a three-hour workshop); "" when either gives no timed end, or over
    several days (a listing day by day against one over the whole span), or lists several sessions (a morning and an
    afternoon timing: its end is the afternoon's, against the copy of the morning)."""
    if a.end is None or b.end is None or a.minute is None or b.minute is None:
        return ""
    length_a, length_b = a.end - a.minute, b.end - b.minute
    lengths = abs(length_a - length_b)
    ends = abs(a.end - b.end)
    shifted = time == "slip" or (time == "near" and (a.overseas_clock or b.overseas_clock)) or (
        time == "same" and abs(a.minute - b.minute) > SAME_TIME_MIN)  # a source's learned shift
    if lengths <= SAME_LENGTH_MIN if shifted else ends <= SAME_LENGTH_MIN:
        return "same"
    if max(length_a, length_b) <= ONE_DAY_MIN and lengths > OTHER_LENGTH_MIN and ends > OTHER_LENGTH_MIN and not (
            a.sessions or b.sessions):  # several sessions: from the first's start to the last's end, no one length
        return "other"
    return ""


LENGTHS_ALIKE = 0.7  # the shorter of two lengths at least this share of the longer: an end moved, not another slot


def _lengths_alike(a: _Record, b: _Record) -> bool:
    """Whether two timed records last alike (LENGTHS_ALIKE: « 18 h – 22 h » / « 18 h – 23 h », not an hour's session
    against a three-hour workshop)."""
    lengths = sorted((a.end - a.minute, b.end - b.minute))
    return lengths[0] >= LENGTHS_ALIKE * lengths[1]


def _welcome(a: _Record, b: _Record) -> bool:
    """Two timed starts at most WELCOME_MIN apart (see score; a source's learned shift taken off)."""
    return a.minute is not None and b.minute is not None and _start_gap(a, b) <= WELCOME_MIN


_DIGIT_OR_NOT_ASCII = re.compile(r"[0-9]|[^\x00-\x7f]")  # where str.isdigit() may hold for a character


def _numbers(name: str) -> frozenset[str]:
    """The numbers written in a folded name (a département, an arrondissement), an ordinal as its number (« 17e »,
    « 17eme », « 1er »: « 17 », « 1 »)."""
    if _DIGIT_OR_NOT_ASCII.search(name) is None:  # most names: no word to look at
        return frozenset()
    return frozenset(word if word.isdigit() else ordinal.group(1) for word in name.split()
                     if word.isdigit() or (ordinal := _ORDINAL.fullmatch(word)) is not None)


# An ordinal written with digits (« 17e », « 17eme », « 1er »): an arrondissement's, most often.
_ORDINAL = re.compile(r"(\d+)(?:e|eme|er|ere|nd|nde)")


# How a municipality is credited: « Ville de Pessac », « Mairie de Pessac », « Commune de Pessac » are one organiser.
_MUNICIPALITY = {"mairie": "ville", "commune": "ville", "municipalite": "ville"}


@functools.lru_cache(maxsize=1 << 16)
def _without_form(organiser: str) -> str:
    """A folded organiser name without its legal form and stopwords ("association les bricoleurs" ->
    "bricoleurs"), so that two associations are not alike for being associations, nor « Les Remparts en
    Transition » and « Les Remparts du Quartier » for their articles; a municipality named one way (see
    _MUNICIPALITY)."""
    return " ".join(_MUNICIPALITY.get(w, w) for w in organiser.split()
                    if w not in _LEGAL_FORMS and w not in _STOPWORDS) or organiser


@functools.lru_cache(maxsize=1 << 16)
def _named_in_title(name: str, initials_: str, title: str) -> bool:
    """Whether a title names an organiser or a venue: its initials (3 letters or more) as a word, or all the
    words of its name (two words or more, or one of seven letters or more; legal form aside)."""
    words = title.split()
    if len(initials_) >= 3 and initials_ in words:
        return True
    return _holds_name([w for w in _without_form(name).split() if w not in _STOPWORDS], words)


def _holds_name(own: list[str], words) -> bool:
    """Whether `words` hold every word of a name (`own`, its significant words), when those are enough to name it: two
    words or more, or one long enough not to be a common one (seven letters: « … par Les Bricoleurs »)."""
    return (len(own) >= 2 or len(own) == 1 and len(own[0]) >= 7) and all(w in words for w in own)


@functools.lru_cache(maxsize=1 << 16)
def _venues_differ(a: str, b: str) -> bool:
    """Whether two venue keys name two places though they share a word: « Espace Jeunes » / « Espace Social
    Commun », « Salle des fêtes » / « Salle Guy Ropartz », « Foyer municipal » / « Bibliothèque municipale »,
    « Maison des jeunes » / « Maison de l'emploi » (names that look alike letter by letter for their shared
    generic words). Not when one name holds the other's words (« Salle Ropartz », « Centre social Bellevue »,
    « Maison des asso »), spells out its acronym (« MJC du Plateau ») or differs from it by a typo or an
    abbreviation (« Sle Guy Ropartz », « Esp. citoyen »)."""
    words_a = [w for w in a.split() if w not in _STOPWORDS]
    words_b = [w for w in b.split() if w not in _STOPWORDS]
    if not words_a or not words_b:
        return False
    venue_a, venue_b = a, b
    spelled_a, spelled_b = _initials_spelled(words_a, words_b), _initials_spelled(words_b, words_a)
    if (spelled_a, spelled_b) != (words_a, words_b):  # « Espace V. Hugo » compared as « espace victor hugo »
        words_a, words_b = spelled_a, spelled_b
        a, b = " ".join(words_a), " ".join(words_b)
    alike = fuzz.token_sort_ratio(a, b)
    # Letters in common count when the names begin alike (« Maison des associations … »): « Foyer municipal »
    # and « Bibliothèque municipale » look alike for their generic word only.
    if alike >= VENUE_SAME or alike >= VENUE_ALIKE and all(
        _word_in(word, words_b[:2]) for word in words_a[:2]
    ) and all(_word_in(word, words_a[:2]) for word in words_b[:2]):
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    if all(_word_in(word, longer) for word in shorter):
        return False
    # An acronym gives a letter of each part of a compound (« CSC » : centre socioculturel); two letters do not
    # (_two_letters_beside: « CS » is a centre social).
    long_a, long_b = ([w for w in _compounds_split(" ".join(words)).split() if len(w) >= 3]
                      for words in (words_a, words_b))
    return not (_spells_out(long_a, long_b) or _spells_out(long_b, long_a)
                or _two_letters_beside(words_a, words_b) or _two_letters_beside(words_b, words_a)
                or _venue_acronym(venue_a, venue_b))


def _initials_spelled(words: list[str], others: list[str]) -> list[str]:
    """`words` with each initial (a letter alone) spelled out as the word of `others` it begins, when that word comes
    just before the word that follows the initial in `words`: a given name (« Espace S. Veil » / « Espace Simone
    Veil », « Gymnase J. Jaurès »), not a room's letter (« Salle A »: no name after it)."""
    spelled = list(words)
    for at, word in enumerate(words[:-1]):
        if len(word) == 1 and word.isalpha():
            spelled[at] = next((others[k] for k in range(len(others) - 1) if others[k + 1] == words[at + 1]
                                and len(others[k]) > 1 and others[k].startswith(word)), word)
    return spelled


def _two_letters_beside(words: list[str], others: list[str]) -> bool:
    """Whether `words` are a two-letter acronym of two consecutive words of `others` beside words `others` all
    hold (« MQ Villejean » / « Maison de quartier de Villejean », « CS Bellevue »): alone, two letters say too
    little to stand for a venue."""
    short = [w for w in words if len(w) == 2 and w.isalpha()]
    rest = [w for w in words if w not in short]
    return bool(short and rest) and all(_spells_out([w], others, range(2, 3)) for w in short) and all(
        _word_in(w, others) for w in rest)


def _word_in(word: str, words: list[str]) -> bool:
    """Whether `word` is one of `words`, begins one (« asso » / « associations ») or is it mistyped."""
    return any(
        word == other
        or (len(word) >= 4 and other.startswith(word))
        or (len(word) >= 5 and fuzz.ratio(word, other) >= 80)
        for other in words
    )


def _organiser_relation(a: _Record, b: _Record) -> str:
    if not a.organiser or not b.organiser:
        # A source without an organiser field often puts it in the title (« Ciné-débat – FDD »).
        named, title = (a, b.title) if a.organiser else (b, a.title)
        if named.organiser and _named_in_title(named.organiser, named.organiser_initials, title) and not (
            _title_only_names(named.organiser, title)
        ):
            return "same"
        # A title spelling out the name of an acronym credited elsewhere (see _mark_spelled_organisers) names that
        # organiser: one with the record crediting the acronym, or its name in full, unless the other title spells it
        # too (the event's own name: « Contes au coin du feu » against « CCF »); never a reason to tell two apart (an
        # acronym of three letters may be spelled by a title's words by chance, a network credited instead).
        spelled = (b if a.organiser else a).spelled_organiser
        if named.organiser and spelled and not _title_end_initials(spelled[2], named.title) and (
            _named_organisers_relation(named.organiser, named.organiser_initials, named.organiser_acronym, *spelled)
            == "same"
        ):
            return "same"
        # A title ending « par <an organiser of the edition> » names the record's organiser: compared as a field.
        keys_a = (a.organiser, a.organiser_initials, a.organiser_acronym) if a.organiser else a.titled_organiser
        keys_b = (b.organiser, b.organiser_initials, b.organiser_acronym) if b.organiser else b.titled_organiser
        if keys_a and keys_b:
            return _named_organisers_relation(*keys_a, *keys_b)
        # An organiser an agenda sets apart in its title (« [Les Bricoleurs] … ») only tells two organisers apart: the
        # text may name a partner or a venue's owner as well, never enough to say one organiser. Not against a network
        # or a regional body, nor a name the edition shows credited instead of the other: the member's own event.
        keys_a, keys_b = keys_a or a.set_apart_organiser, keys_b or b.set_apart_organiser
        if keys_a and keys_b and _set_apart_tells_apart(a, keys_a[0], keys_b[0]) and (
            _named_organisers_relation(*keys_a, *keys_b) == "other"
        ):
            return "other"
        if _described_apart(a, b, keys_a, keys_b) or _described_apart(b, a, keys_b, keys_a):
            return "other"
        return ""
    return _named_organisers_relation(
        a.organiser, a.organiser_initials, a.organiser_acronym, b.organiser, b.organiser_initials,
        b.organiser_acronym,
    )


def _described_apart(a: _Record, b: _Record, keys_a: tuple | None, keys_b: tuple | None) -> bool:
    """Whether a record without organiser whose description names an organiser of the edition (see
    _described_organiser), and nothing else naming one, is told apart from `b`, which names another (`keys_b`: its
    field, title or brackets): as a name set apart in a title, only to tell two apart (see _set_apart_tells_apart), and
    not when `b`'s description names that organiser too (a network relaying its member's text)."""
    named = a.described_organiser
    return bool(named) and not keys_a and bool(keys_b) and _set_apart_tells_apart(a, named[0], keys_b[0]) and (
        not _named_in_words(named[0], b.description_words)
    ) and _named_organisers_relation(*named, *keys_b) == "other"


def _set_apart_tells_apart(record: _Record, name_a: str, name_b: str) -> bool:
    """Whether two organiser names, one set apart in a title, may tell two events apart: neither a network's nor a
    regional body's (see _relaying_name), nor two the edition shows as one event's (see _allied)."""
    if _relaying_name(name_a) or _relaying_name(name_b):
        return False
    return record.alliances is None or not (
        _allied_names(name_a, name_b, record.alliances)
        or bool(record.umbrellas) and (name_a in record.umbrellas or name_b in record.umbrellas)
    )


@functools.lru_cache(maxsize=1 << 16)
def _title_only_names(name: str, title: str) -> bool:
    """Whether a title says nothing but an organiser's name (« Fresque du climat » / « La Fresque du Climat »): the
    name of an activity many groups hold (« Repair Café », « Disco Soupe »), not a credit."""
    own = set(_without_form(name).split())
    return all(word in own for word in title.split() if word not in _STOPWORDS)


def _acronym_beside_shared_words(name_a: str, name_b: str) -> bool:
    """Whether two folded organiser names share words and, those aside, one is an acronym the other spells out
    (« CRESS Bretagne » / « Chambre régionale de l'économie sociale et solidaire de Bretagne »): the acronym of a
    network's regional or local body; two letters too when the name's other words are two (« CS Bellevue » / « Centre
    social Bellevue »). Not when the acronym's side has any other word (« Adie Bretagne » against the
    national name shares no word: the territory aside, _named_organisers_relation reads it, see _territory_end), nor
    a name of one word (« CCAS de Rennes » / « Ville de Rennes »)."""
    words_a, words_b = name_a.split(), name_b.split()
    shared = (set(words_a) & set(words_b)) - _STOPWORDS
    if not shared:
        return False
    rest_a, rest_b = ([w for w in words if w not in shared] for words in (words_a, words_b))
    for rest in (rest_a, rest_b):  # « union regionale des scop [de] »: the link to the shared words goes with them
        while rest and rest[-1] in _STOPWORDS:
            rest.pop()
    return any(
        len(acronym) == 1 and sum(w not in _STOPWORDS for w in name) >= 2
        # Two letters, too short for spells_out, are read here only: the initials of exactly two significant words
        # (« cs » / « centre social », « ot » / « office de tourisme »)
        and (spells_out(acronym[0], " ".join(name)) or len(acronym[0]) == 2 and initials(" ".join(name)) == acronym[0])
        for acronym, name in ((rest_a, rest_b), (rest_b, rest_a))
    )


# The names of the commune index deduplicate() was last given (use_territories): read from the warehouse's reference
# tables by the pipeline, never from data/reference/ here.
_TERRITORIES: _Territories | None = None
_TERRITORIES_INDEX: CommuneIndex | None = None  # the index they come from: the towns of a département (_town_in)


def use_territories(index: CommuneIndex) -> None:
    """Make the index's départements' and régions' names, and its communes, those the organiser rules read
    (_territory_names, _TERRITORIES_INDEX). When the index changes, every cache of this module is emptied: a cached
    answer may rest on the names or communes before."""
    global _TERRITORIES, _TERRITORIES_INDEX
    if index is _TERRITORIES_INDEX:
        return
    # Another index: the caches of the rules reading its communes (_town_heads, _town_in) are stale too.
    _TERRITORIES, _TERRITORIES_INDEX = index.territory_names, index
    for value in list(globals().values()):
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def _territory_names() -> _Territories:
    """The départements' and régions' names: an organiser's name says its territory by either."""
    if _TERRITORIES is None:
        raise RuntimeError("no territories' names: deduplicate() installs its commune index's (use_territories)")
    return _TERRITORIES


def _departement_words(communes: frozenset[str], index: CommuneIndex) -> tuple[str, ...]:
    """The code and the folded name of the one département of `communes` (« 22 », « cotes d armor »), else none: a
    title may name the place by either (« Rencontres ESS 22 » / « Rencontres de l'ESS des Côtes-d'Armor »)."""
    departements = {index.departement.get(commune, "") for commune in communes}
    if len(departements) != 1:
        return ()
    code = next(iter(departements)).lower()
    name = _territory_names().by_code.get(code)
    return (code, name) if name else ()


@functools.lru_cache(maxsize=1 << 14)
def _departement_named(organiser: str) -> str:
    """A folded organiser name with a département's code after its first word (« fol 21 », « cidff 2a », « dla 35
    bretagne active » for the DLA that Bretagne Active runs in Ille-et-Vilaine) with that code written as the
    département's name (« fol cote d or », « dla ille et vilaine bretagne active »); "" for any other name."""
    words = organiser.split()
    by_code = _territory_names().by_code
    for position in range(1, len(words)):
        name = by_code.get(words[position])
        if name:
            return " ".join([*words[:position], name, *words[position + 1:]])
    return ""


@functools.lru_cache(maxsize=1 << 14)
def _territory_end(organiser: str) -> tuple[str, str]:
    """(the département's or région's name a folded organiser name ends with, the name without it nor the words
    linking it): « federation des oeuvres laiques de cote d or » -> (« cote d or », « federation des oeuvres
    laiques »); ("", the name) when it ends with none, or is one."""
    for territory in _territory_names().names:
        if organiser.endswith(" " + territory):
            words = organiser[: -len(territory)].split()
            while words and words[-1] in _STOPWORDS:
                words.pop()
            if words:
                return territory, " ".join(words)
    return "", organiser


@functools.lru_cache(maxsize=1 << 16)
def _named_organisers_relation(
    organiser_a: str, initials_a: str, acronym_a: str, organiser_b: str, initials_b: str, acronym_b: str
) -> str:
    """_organiser_relation of two records that both name their organiser (an organiser meets the same few
    others many times)."""
    # One name, however spaced (« CINE OFF » shouted by a spreadsheet reads as an acronym in pieces, « Ciné Off »).
    if organiser_a.replace(" ", "") == organiser_b.replace(" ", ""):
        return "same"
    # Its words cut or abbreviated (« Crédit Coop », « CRESS O »: see _words_shortened).
    if _words_shortened(organiser_a, organiser_b) or _words_shortened(organiser_b, organiser_a):
        return "same"
    # A word shortened on one side (« LRSY Agglo » / « La Roche-sur-Yon Agglomération »): read in full.
    if _ORGANISER_SHORT_WORD.search(organiser_a) or _ORGANISER_SHORT_WORD.search(organiser_b):
        return _named_organisers_relation(_organiser_in_full(organiser_a), initials_a, acronym_a,
                                          _organiser_in_full(organiser_b), initials_b, acronym_b)
    # An intercommunality named with its kind on one side only (« GPS Agglomération » / « Grand Paris Sud »,
    # « Communauté d'agglomération du Pays de Dreux » / « Pays de Dreux »): the same body when the rest names it in
    # several words or by the other's initials; a town's name alone is the town's own body (« Nantes Métropole » /
    # « Nantes »: the rules below decide).
    named_a, named_b = _intercommunality_named(organiser_a), _intercommunality_named(organiser_b)
    if bool(named_a) != bool(named_b):
        rest, other, other_initials = (named_a, organiser_b, initials_b) if named_a else (named_b, organiser_a,
                                                                                          initials_a)
        if " " in rest and rest == other or " " in other and len(rest) >= ACRONYM_LETTERS[0] and rest == other_initials:
            return "same"
    # A département's council by its initials and number or by its name, on either side (« CD 50 » / « Département de
    # la Manche »): the département.
    if organiser_a.startswith(_COUNCIL_HEADS) or organiser_b.startswith(_COUNCIL_HEADS):
        council_a, council_b = _council_as_departement(organiser_a), _council_as_departement(organiser_b)
    else:
        council_a, council_b = organiser_a, organiser_b
    if (council_a, council_b) != (organiser_a, organiser_b):
        return _named_organisers_relation(
            council_a, initials(council_a) if council_a != organiser_a else initials_a,
            "" if council_a != organiser_a else acronym_a,
            council_b, initials(council_b) if council_b != organiser_b else initials_b,
            "" if council_b != organiser_b else acronym_b)
    # A network's other name on one side only (« FOL 59 » / « Ligue de l'enseignement du Nord »): read as its own.
    aliased_a, aliased_b = _aliased(organiser_a), _aliased(organiser_b)
    if (aliased_a != organiser_a) != (aliased_b != organiser_b):
        return _named_organisers_relation(aliased_a, initials(aliased_a), "", aliased_b, initials(aliased_b), "")
    if (acronym_a and acronym_a in (initials_b, acronym_b)) or (acronym_b and acronym_b == initials_a):
        return "same"
    if (acronym_a and spells_out(acronym_a, organiser_b)) or (acronym_b and spells_out(acronym_b, organiser_a)):
        return "same"
    if (acronym_a and _network_and_territory(acronym_a, organiser_b)) or (
            acronym_b and _network_and_territory(acronym_b, organiser_a)):
        return "same"
    # An acronym of four letters or more spelling a name up to « et » (« URSCOP » / « Union régionale des Scop et Scic
    # Sud »): the body kept its acronym when its name grew.
    if (acronym_a and _spells_before_and(acronym_a, organiser_b)) or (
            acronym_b and _spells_before_and(acronym_b, organiser_a)):
        return "same"
    # An acronym against a name it spells out but for the town that ends it (« AMD » / « Les Amis du Monde
    # diplomatique Montpellier »): the network, or its group there; which, the rest tells.
    if (acronym_a and _spells_but_town(acronym_a, organiser_b)) or (acronym_b and _spells_but_town(acronym_b,
                                                                                                  organiser_a)):
        return ""
    # An acronym and its town (« MDE Laval », « CCAS Caen ») against the name it spells, with that town or none.
    relation = _acronym_and_town(organiser_a, organiser_b) or _acronym_and_town(organiser_b, organiser_a)
    if relation:
        return relation
    # An acronym written with dots (« F.É.S. ») is its letters joined, as the other writes it (« FÉS Bretagne »).
    organiser_a = acronym_a if acronym_a and " " in organiser_a else organiser_a
    organiser_b = acronym_b if acronym_b and " " in organiser_b else organiser_b
    both_acronyms = bool(acronym_a and acronym_b) and (organiser_a, organiser_b) == (acronym_a, acronym_b)
    if both_acronyms and acronym_a[0] != acronym_b[0]:
        return "other"  # two acronyms of other first letters (« CSS » / « RCSS »): no typo makes one the other
    if _acronym_beside_shared_words(organiser_a, organiser_b):
        return "same"
    numbers_a, numbers_b = _numbers(organiser_a), _numbers(organiser_b)
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return "other"  # namesakes told apart by their département: « Les Potagers (33) » / « Les Potagers (05) »
    # A body named by its département's number (« FOL 21 », « ADMR 35 ») against a name without number: the number
    # read as the département's name (« Fédération des œuvres laïques de Côte-d'Or », « ADMR d'Ille-et-Vilaine »).
    named_a = _departement_named(organiser_a) if not numbers_b else ""
    named_b = _departement_named(organiser_b) if not numbers_a else ""
    if named_a or named_b:
        return _named_organisers_relation(named_a or organiser_a, initials_a, acronym_a,
                                          named_b or organiser_b, initials_b, acronym_b)
    # One network's name with a département on one side and a town of that département on the other (« Attac 42 » /
    # « Attac Saint-Étienne », « Secours populaire du Haut-Rhin » / « Secours populaire de Colmar »): its body there,
    # or one group said two ways; which, the rest tells.
    territory_a, bare_a = _territory_end(organiser_a)
    territory_b, bare_b = _territory_end(organiser_b)
    if _town_in(territory_a, bare_a, organiser_b) or _town_in(territory_b, bare_b, organiser_a):
        return ""
    # One network's name, one side's territory inside the other's (« Ligue de l'enseignement 14 » / « … de
    # Normandie »): its départemental body and its regional one, which of them holds the event the rest tells.
    if territory_a and territory_b and territory_a != territory_b and _same_words(bare_a, bare_b):
        if _territory_inside(territory_a, territory_b) or _territory_inside(territory_b, territory_a):
            return ""
        return "other"  # its bodies of two départements or régions (« … de Côte-d'Or » / « … de Côte-d'Armor »)
    # An acronym against a name it spells out, the territory either ends with aside (« FOL » / « Fédération des œuvres
    # laïques de Côte-d'Or », « CRESS Normandie » / « Chambre régionale de l'ESS »): one network's local body; not
    # when both name their territory and the two differ (« FOL 21 » / « … de Saône-et-Loire »).
    if (territory_a or territory_b) and not (territory_a and territory_b and territory_a != territory_b):
        bare_acronym_a, bare_acronym_b = acronym_of(bare_a), acronym_of(bare_b)
        if (bare_acronym_a and spells_out(bare_acronym_a, bare_b)) or (
            bare_acronym_b and spells_out(bare_acronym_b, bare_a)
        ):
            return "same"
    form_a, form_b = _without_form(organiser_a), _without_form(organiser_b)
    if _unit_and_wider_body(form_a, form_b):
        return ""  # an organisation's local antenna and its regional body: one network's, which of them is unsaid
    similarity = fuzz.token_set_ratio(form_a, form_b)
    if similarity >= ORGANISER_SAME:
        return "other" if _own_words_differ(form_a, form_b) else "same"
    if similarity < ORGANISER_OTHER or _names_differ(form_a, form_b):
        # Two letters and a département's number against the name of two words or more they are the initials of,
        # without territory or with that département or its région (« FA 44 » / « France Active », « RC66 » / « La
        # Recyclerie catalane »): too short to say one organiser, no reason to tell two apart; the rest tells.
        if _initials_and_number(territory_a, bare_a, territory_b, bare_b) or _initials_and_number(
                territory_b, bare_b, territory_a, bare_a):
            return ""
        return "other"
    return ""


def _initials_and_number(territory: str, bare: str, other_territory: str, other_bare: str) -> bool:
    """Whether a name read as two letters and a département (`territory`, from its number: see _departement_named)
    faces a name of two significant words or more of those initials, in no territory or in that one or one around it."""
    return (
        bool(territory) and len(bare) == 2 and bare.isalpha() and len(_without_form(other_bare).split()) >= 2
        and initials(other_bare) == bare
        and (not other_territory or other_territory == territory or _territory_inside(territory, other_territory))
    )


def _covers(territory: str, departement: str) -> bool:
    """Whether a département's or a région's folded name covers département `departement` (its code)."""
    index = _TERRITORIES_INDEX
    return index is not None and bool(territory) and departement.upper() in index.territories.get(
        commune_key(territory), ())


@functools.lru_cache(maxsize=1 << 14)
def _town_heads(name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The ways a folded name splits into words before a town and that town's name (a link word between them or
    not): ((head words, town key), …), the towns being communes' names of the index (_TERRITORIES_INDEX)."""
    index = _TERRITORIES_INDEX
    words, found = name.split(), []
    if index is None:
        return ()
    for cut in range(1, len(words)):
        town = words[cut:]
        while town and town[0] in _STOPWORDS:
            town = town[1:]
        key = commune_key(" ".join(town)) if town else ""
        if key in index.by_name:
            found.append((tuple(words[:cut]), key))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 14)
def _acronym_and_town(short: str, name: str) -> str:
    """"same" when folded organiser name `short` is an acronym and a town (see _town_heads) and `name` what the
    acronym spells, alone or followed by that town (« MDE Laval » / « Maison de l'Emploi », « … de Laval »);
    "other" when `name` ends with another town (« … de Lisieux »); else "", and when either names a département or a
    région (« CRESS Bretagne »: the rules of territories decide)."""
    first, _, rest = short.partition(" ")
    initials_left = iter(word[0] for word in name.split())
    if not rest or len(first) < ACRONYM_LETTERS[0] or not all(letter in initials_left for letter in first):
        # Its first word's letters are not the name's initials in order (most pairs: looked at no further; an
        # acronym taking a word's first few letters, « URSCOP Laval », is not read so)
        return ""
    if _territory_end(short)[0] or _territory_end(name)[0]:
        return ""
    for head, town in _town_heads(short):
        if len(head) != 1 or len(head[0]) < ACRONYM_LETTERS[0]:
            continue
        if spells_out(head[0], name):
            return "same"
        for other_head, other_town in _town_heads(name):
            if spells_out(head[0], " ".join(other_head)):
                return "same" if other_town == town else "other"
    return ""


@functools.lru_cache(maxsize=1 << 14)
def _network_and_territory(acronym: str, name: str) -> bool:
    """Whether an acronym spells a folded organiser name that ends with a département or a région: the initials of
    the network's name then the territory's (« FAO » / « France Active Airdie-Occitanie »), one inner word of a name
    of three or more left out (a body that took another's name in: Airdie)."""
    territory, bare = _territory_end(name)
    if not territory or len(acronym) < ACRONYM_LETTERS[0] or not acronym.isalpha() or acronym[-1] != territory[0]:
        return False
    words = tuple(word for word in bare.split() if word not in _STOPWORDS)
    head = acronym[:-1]
    return len(words) >= 2 and (_spelled(head, words) or len(words) >= 3 and any(
        _spelled(head, words[:skipped] + words[skipped + 1:]) for skipped in range(1, len(words) - 1)))


@functools.lru_cache(maxsize=1 << 14)
def _spells_before_and(acronym: str, name: str) -> bool:
    """Whether an acronym of four letters or more spells out a folded organiser name's words before its first « et »."""
    head, found, _ = name.partition(" et ")
    return bool(found) and len(acronym) >= 4 and spells_out(acronym, head)


def _spells_but_town(acronym: str, name: str) -> bool:
    """Whether an acronym spells out a folded organiser name less the town's name that ends it (see _town_heads)."""
    return any(spells_out(acronym, " ".join(head)) for head, _ in _town_heads(name))


def _same_words(a: str, b: str) -> bool:
    """Whether two folded names hold the same significant words (« ligue de l enseignement » / « ligue
    enseignement »)."""
    words_a, words_b = set(a.split()) - _STOPWORDS, set(b.split()) - _STOPWORDS
    return bool(words_a) and words_a == words_b


def _territory_inside(inner: str, outer: str) -> bool:
    """Whether every département a territory's folded name covers is covered by another's (« calvados » in
    « normandie »), the two not one."""
    index = _TERRITORIES_INDEX
    if index is None:
        return False
    inside, around = index.territories.get(commune_key(inner), ()), index.territories.get(commune_key(outer), ())
    return bool(inside) and set(inside) < set(around)


@functools.lru_cache(maxsize=1 << 14)
def _town_in(territory: str, bare: str, other: str) -> bool:
    """Whether folded organiser name `other` is a name holding `bare`'s words, held in them (« secours populaire » /
    « secours populaire francais ») or spelled by it when it is an acronym (« amd » / « amis du monde diplomatique »),
    followed by the name of a town of the département or the région whose folded name is `territory` (see _town_heads,
    _covers)."""
    index = _TERRITORIES_INDEX
    if not territory or index is None:
        return False
    bare_words = set(bare.split()) - _STOPWORDS
    for head, town in _town_heads(other):
        significant = set(head) - _STOPWORDS
        if not significant or not (significant <= bare_words or bare_words <= significant
                                   or " " not in bare and spells_out(bare, " ".join(head))):
            continue
        if any(_covers(territory, index.departement.get(code, "")) for code in index.by_name[town]):
            return True
    return False


def _title_names_the_other(a: _Record, b: _Record) -> bool:
    """Whether one of two records that both name their organiser, two names that differ, has a title naming the
    organiser the other credits (« [Vélo Utile] Atelier vélo » credited to the Réseau des ateliers vélo, against
    Vélo Utile's own copy): one organiser's event, the other name a network's or a partner's. Not learned as an
    alliance (see _learn_alliances, which compares the fields): it holds for this pair only."""
    return bool(a.organiser and b.organiser) and (
        _named_in_title(b.organiser, b.organiser_initials, a.title)
        or _named_in_title(a.organiser, a.organiser_initials, b.title)
        or bool(b.organiser_acronym) and _title_ends_spell(b.organiser_acronym, a.title)
        or bool(a.organiser_acronym) and _title_ends_spell(a.organiser_acronym, b.title)
    )


def _description_names_the_other(a: _Record, b: _Record) -> bool:
    """Whether one of two records that both name their organiser, two names that differ, has a description naming the
    organiser the other credits (« Dans le cadre du Mois de l'ESS, le Centre social du Boulonnais propose … » credited
    to a network, against the centre's own copy): the member's text relayed, the other name a network's or a
    partner's. Not learned as an alliance (see _learn_alliances): it holds for this pair only."""
    return bool(a.organiser and b.organiser) and (
        _named_in_words(b.organiser, a.description_words) or _named_in_words(a.organiser, b.description_words))


def _named_in_words(name: str, words: frozenset[str]) -> bool:
    """Whether a description's words (_texts_words) hold all the words of an organiser's folded name that such words
    may be, legal form aside (two words or more, or one of seven letters or more, see _holds_name)."""
    if not words:
        return False
    return _holds_name([word for word in _without_form(name).split()
                        if word not in _DESCRIPTION_SKIPPED and _DESCRIPTION_WORD.fullmatch(word)], words)


TITLE_END_WORDS = 6  # words of a title's head or tail, at most, that may spell an organiser's acronym


@functools.lru_cache(maxsize=1 << 16)
def _title_ends_spell(acronym: str, title: str) -> bool:
    """Whether the head or the tail of a folded title (two to TITLE_END_WORDS words) is the name an organiser's
    acronym spells out (see spells_out): « Soirée-partage … (Régie territoriale des Cévennes) » for « RTC »."""
    words = title.split()
    ends = {" ".join(words[:k]) for k in range(2, TITLE_END_WORDS + 1) if k < len(words)}
    ends |= {" ".join(words[-k:]) for k in range(2, TITLE_END_WORDS + 1) if k < len(words)}
    return any(spells_out(acronym, end) for end in ends)


def _title_end_initials(acronym: str, title: str) -> bool:
    """Whether the head or the tail of a folded title has for significant words an acronym's letters, one each, in
    order (see _title_ends_initials): « union departementale du pays cathare … » for « udpc »."""
    return acronym in _title_ends_initials(title)


@functools.lru_cache(maxsize=1 << 16)
def _title_ends_initials(title: str) -> frozenset[str]:
    """The initials (see initials) of the heads and the tails of a folded title of three significant words or more,
    something of the title left beside them (« udpc » for « union departementale du pays cathare atelier … », « mpap »
    for « … maison de pays de l ariege partagee »): the acronyms a name opening or closing the title would have. Each
    significant word gives one letter: stricter than spells_out, which lets a short word give one (« contes au coin »
    would spell « cac »), as a title's head is read as a name only so."""
    letters = [word[0] for word in title.split() if word not in _STOPWORDS]
    return frozenset(
        end for k in range(3, len(letters)) for end in ("".join(letters[:k]), "".join(letters[-k:]))
    )


def _own_words_differ(a: str, b: str) -> bool:
    """Whether two alike organiser names (legal form and stopwords aside) each keep words of letters the other does not
    hold, neither an acronym of the other's (« federation mjc bretagne » / « federation foyers ruraux bretagne »: two
    federations of one région); not a number written in words (« 2e » / « deuxieme »), one name in one word or two
    (« ecologis » / « eco logis »), a word abbreviated (« cie » / « compagnie »), nor « ess » / « economie sociale
    solidaire »."""
    words_a, words_b = a.split(), b.split()
    own_a = [w for w in words_a if not _word_in(w, words_b)]
    own_b = [w for w in words_b if not _word_in(w, words_a)]
    if not own_a or not own_b or not all(w.isalpha() and len(w) >= 3 for w in own_a + own_b):
        return False
    rest_a, rest_b = " ".join(own_a), " ".join(own_b)
    if fuzz.ratio("".join(own_a), "".join(own_b)) >= VENUE_SAME:  # one name written in one word or two (« Éco-Logis »)
        return False
    if len(own_a) == len(own_b) == 1 and (_abbreviated_in(own_a[0], own_b) or _abbreviated_in(own_b[0], own_a)):
        return False  # « Cie Les Arts Verts » / « Compagnie Les Arts Verts »
    territories = _territory_names().bare
    if rest_a in territories and rest_b in territories:
        return True  # two départements' or régions' bodies (« … du Nord » / « … du Finistère »; one inside the other
        # is neither, see _named_organisers_relation)
    if rest_a in territories or rest_b in territories:  # « … Rennes » / « … 35 »: a town against its département
        return False
    return not (spells_out(acronym_of(rest_a), rest_b) or spells_out(acronym_of(rest_b), rest_a))


# Words that name an organisation's local unit (« … – antenne de Brest », « … comité de Quimper »), and those that name
# a wider area than a town (« … Grand Ouest », « … national »), besides the départements' and régions' names.
_LOCAL_UNITS = frozenset("antenne delegation comite section groupe relais agence".split())
_WIDE_AREAS = frozenset("grand grande ouest est nord sud centre national nationale france francais francaise "
                        "regional regionale departemental departementale territorial territoriale".split())


def _unit_and_wider_body(a: str, b: str) -> bool:
    """Whether two organiser names (legal form and stopwords aside) share their first two words and differ by a local
    unit on one side and a wider area on the other (see _local_unit_of); a name that holds the other whole is not
    asked (the same organisation, as _named_organisers_relation reads it)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 3 and len(words_b) < 3 or words_a[:2] != words_b[:2]:
        return False
    own_a = [w for w in words_a if w not in words_b]
    own_b = [w for w in words_b if w not in words_a]
    return bool(own_a and own_b) and (_local_unit_of(own_a, own_b) or _local_unit_of(own_b, own_a))


def _local_unit_of(local: list[str], wide: list[str]) -> bool:
    """Whether the words one organiser name keeps name a local unit (« antenne brest ») and the other's a wider area
    (« grand ouest », « bretagne »): one organisation, its local antenna and its regional body (« Les Petits
    Débrouillards Grand Ouest » / « Les Petits Débrouillards – antenne de Brest »). Two local units (« comité brest »
    / « comité quimper ») are two."""
    if local[0] not in _LOCAL_UNITS:
        return False
    return all(w in _WIDE_AREAS for w in wide) or " ".join(wide) in _territory_names().bare


def _words_shortened(short: str, name: str) -> bool:
    """Whether folded organiser name `short` writes the significant words of `name`, as many and in order, one of
    them at least in full and the others cut or abbreviated (see _abbreviated_in): « Crédit Coop » / « Crédit
    Coopératif », « Cie des Tiers-Lieux » / « La Compagnie des Tiers-Lieux », « Ressourcerie Mtp » / « Ressourcerie de
    Montpellier »; the last word may be cut to its initial (« CRESS O » / « CRESS Occitanie »)."""
    words = [word for word in short.split() if word not in _STOPWORDS]
    full = [word for word in name.split() if word not in _STOPWORDS]
    if len(words) != len(full) or len(words) < 2 or words == full:
        return False
    for position, (word, whole) in enumerate(zip(words, full, strict=True)):
        if word == whole:
            continue
        last = position == len(words) - 1
        if len(word) >= len(whole) or not (
            whole.startswith(word) and (len(word) >= 2 or last) or _abbreviated_in(word, [whole])
        ):
            return False
    return any(word == whole for word, whole in zip(words, full, strict=True))


def _abbreviated_in(short: str, words: list[str]) -> bool:
    """Whether `short` is one of `words`, longer, abbreviated: four letters at most, its first letter then some of its
    others in order (« cie » / « compagnie », « ste » / « societe »); or cut short, its first CLIPPED_MIN letters or
    more, maybe in the plural (« associat » / « association », « restos » / « restaurants »)."""
    clipped = short[:-1] if short.endswith("s") else short
    for word in words:
        if len(word) > len(short) and word[0] == short[0]:
            if len(clipped) >= CLIPPED_MIN and (word.startswith(clipped) or clipped[-1] == "o"
                                                 and word.startswith(clipped[:-1])):
                return True  # « restos » / « restaurants »: cut and an « o » put at the end, as « apéro », « resto »
            rest = iter(word[1:])
            if len(short) <= 4 and all(letter in rest for letter in short[1:]):
                return True
    return False


CLIPPED_MIN = 5  # letters a word cut short keeps at least (« resto », not « velo » for « velorution »)


def _names_differ(a: str, b: str) -> bool:
    """Whether two organiser names (legal form and stopwords aside) that share a word are two organisations:
    neither holds the other's words (typos and abbreviations allowed), « Mouvement des Jeunes Solidaires » /
    « Collectif citoyen des Économies Solidaires », « Réseau régional des Tiers-Lieux » / « Collectif citoyen des
    Tiers-Lieux ». Not « Réseau régional Trégor Solidaire » / « Trégor Solidaire », nor « Cie Les Arts Verts » /
    « Compagnie Les Arts Verts »."""
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    # A word abbreviated without its dot (« Cie » for « Compagnie », « Restos » for « Restaurants »), or an acronym of
    # some of the other's words (« Maison de l'ESS »), is in the other name too.
    return not all(_word_in(word, longer) or _abbreviated_in(word, longer) or _acronym_within(word, longer)
                   for word in shorter)


def _acronym_within(word: str, words: list[str]) -> bool:
    """Whether `word` is the acronym of a run of `words` (« ess » / « maison de l economie sociale et solidaire »)."""
    if len(word) < ACRONYM_LETTERS[0] or not word.isalpha() or word in _STOPWORDS:
        return False
    return any(spells_out(word, " ".join(words[start:stop]))
               for start in range(len(words)) if words[start][0] == word[0]
               for stop in range(start + 2, len(words) + 1))


def evidence(a: _Record, b: _Record, organisers: bool = True) -> _Evidence:
    """What two records say about being one event: a veto (why they cannot be), or the agreements. Organisers
    that differ are no veto when the edition shows them as one event's (see _learn_alliances): the organiser is
    then unknown. `organisers`: False leaves organisers that differ unknown (what _learn_alliances asks)."""
    if a.source == b.source:
        return _Evidence("même source")
    time = _time_relation(a, b)
    if time is None:
        return _Evidence("horaires")
    moved_online = a.online != b.online and not (a.hybrid or b.hybrid) and _moved_online(a, b, time)
    if a.online != b.online and (_located(a) if b.online else _located(b)) and not (
        a.hybrid or b.hybrid or moved_online
    ):
        return _Evidence("en ligne / sur place")
    nearby = False
    if a.communes and b.communes and not (a.communes & b.communes):
        if not (time in ("same", "slip") and _neighbour_town(a, b) and title_similarity(a, b) >= TITLE_MEDIUM):
            return _Evidence("communes")
        nearby = True  # weighed below its named town's events (see score)
    if _titles_name_two_towns(a, b):
        return _Evidence("villes des titres")
    if _day_and_its_part(a, b):
        return _Evidence("journée et sa partie")
    same_street = _same_street(a.street, b.street) or _one_venue_next_door(a, b)
    if a.point and b.point and _km(a.point, b.point) > FAR_KM and not (
        same_street and a.street[0] and b.street[0] and not (a.street_resolved or b.street_resolved)
    ):
        # Far apart, unless both give one house number of one street: two geocoders place one address kilometres
        # apart when one falls back on the town's centre (a street read from a venue's name does not count).
        return _Evidence("coordonnées")
    unplaced = False
    if a.street and b.street and not same_street and not _zone_around(a.street, b.street) and not (
        _in_its_quarter(a, b) or _in_its_quarter(b, a)
    ) and (
        a.street[0] and b.street[0]
        # A street without a number that is all the record says of its place (« Place de la République »), against
        # another street; not when both name one venue (« Quai des Savoirs » is a venue's name, at 39 allées …).
        or _street_only(a) and _street_only(b)
        and not (a.venue and b.venue and fuzz.ratio(a.venue, b.venue) >= VENUE_SAME)
    ):
        return _Evidence("adresses")
    venue_a, venue_b = _compounds_joined(a.venue), _compounds_joined(b.venue)
    venue = fuzz.token_set_ratio(venue_a, venue_b) if venue_a and venue_b else None
    room_inside = False
    town_acronym = venue is not None and _town_acronym(a, b)
    if town_acronym:
        venue = VENUE_SAME  # « MCB » for the Maison de la Culture de Bourges: the venue, its town's initial after it
    halves = venue is not None and not same_street and not town_acronym and _venue_halves(a, b)
    if halves:
        venue = VENUE_SAME  # each record one part of a venue's name, another record of the edition giving both
    if venue is not None and not same_street and not town_acronym and not halves and _other_venue(
            venue_a, venue_b, venue):
        if (_street_named(a) or _street_named(b) or _locality_named(a, b) or _locality_named(b, a)
                or _in_its_quarter(a, b) or _in_its_quarter(b, a) or _campus_holds(venue_a, venue_b)
                or _organisers_premises(a, b) or _organisers_premises(b, a)):
            # A street without a number for the place, a quarter alone or a campus, against a venue's name: the venue
            # may stand there; so may the other's building at the organiser's premises
            venue = None
        else:
            room_inside = _room_inside(a, b) or _room_of_the_titled_venue(a, b)
            if not room_inside and (
                time not in ("same", "slip", "near", "day") or not _room_against_venue(a, b)
                or time == "day" and _day_room_apart(a, b)
            ):
                if not (_venue_in_title(a, b) or _venue_in_title(b, a)):
                    return _Evidence("lieux")
                # A place the other record's title names (the quarter: « Celleneuve » for the « Repair café de
                # Celleneuve »): the venue may stand there
                venue = None
            else:
                venue, unplaced = None, not room_inside  # a room nothing places against a venue of its town: unknown
    if a.postal and b.postal and a.postal != b.postal and not same_street and (venue is None or venue < 80) and not (
        (a.town_postal or b.town_postal) and a.communes == b.communes
    ):
        # A record saying nothing of its place but the town's first postal code (« 31000 Toulouse ») is anywhere in it.
        return _Evidence("codes postaux")
    if a.arrondissement and b.arrondissement and a.arrondissement != b.arrondissement and not same_street:
        # Two arrondissements: two places, whatever the venue's name (every one has its « Mairie », its « Maison des
        # associations »); a street that runs through both may be given with either's postal code. Two communes
        # déléguées of one commune nouvelle likewise (each has its « Salle des fêtes »).
        return _Evidence("arrondissements")
    if a.quarter and b.quarter and a.quarter != b.quarter and not same_street:
        return _Evidence("quartiers")  # « Strasbourg-Neudorf » / « Strasbourg-Cronenbourg », as two arrondissements
    both_online = a.online and b.online
    if both_online and a.host and b.host and a.host != b.host and not (a.host in _BROADCASTS or b.host in _BROADCASTS):
        # Two meeting services: two meetings. A broadcast is not (a talk streamed on YouTube and on Facebook, a Zoom
        # webinar streamed on YouTube).
        return _Evidence("liens en ligne")
    if both_online and a.link and b.link and a.host == b.host and a.host not in _BROADCASTS and (
        _meeting_of(a.link) != _meeting_of(b.link)
    ):
        return _Evidence("liens en ligne")  # two meetings of one service (two Zoom ids), whatever the titles
    same_place = (
        same_street or room_inside or (venue is not None and venue >= VENUE_SAME) or (bool(a.link) and a.link == b.link)
    )
    if not same_place and (bool(a.venue) != bool(b.venue) or unplaced):
        # « Visite de La Petite Rockette » where the other record gives that venue
        named, other = (a, b) if a.venue and not a.unplaced else (b, a)
        # A room's title naming the venue made it inside that venue above (_room_of_the_titled_venue).
        same_place = not unplaced and (
            _venue_titled_by(named.venue, other.title)
            # A record saying nothing of its place but its title's head or tail (« Le Préau : … »)
            or not _has_place(other) and _venue_heads_title(named.venue, other.title)
        )
        if not same_place and _titled_venue_other(other.title, named.venue):
            # The title of the record that gives no venue (or a room nothing places) names another venue of the
            # town: « Ouverture exceptionnelle : Maison des associations » is not the open day of the Maison régionale
            # de l'ESS the other record gives (its title, once its own venue is set aside, reads the same).
            return _Evidence("lieux")
    organiser = _organiser_relation(a, b)
    if organiser == "other" and _two_regions_bodies(_organiser_name(a), _organiser_name(b)):
        # One network's bodies of two régions (« CRESS Bretagne » / « CRESS PDL »): each holds its own events, neither
        # relays the other's, whatever the title and the hour.
        return _Evidence("organisateurs")
    if organiser == "other" and (_title_names_the_other(a, b) or _description_names_the_other(a, b)):
        organiser = "same"
    if organiser == "other" and _general_assemblies(a, b) and not _relay_in(a, b):
        # Two bodies' general assemblies (« AG de Ty Vert » / « Assemblée générale » credited to Ar Stal): each holds
        # its own, often in one venue's rooms the same evening; no one else is credited with it but a network relaying
        # it. Not even learned as allied organisers (see _learn_alliances): both titles alike at one street and minute.
        return _Evidence("organisateurs")
    length = _length_relation(a, b, time) if time != "day" else ""
    if length == "other":
        if bool(a.link) and a.link == b.link:
            length = ""  # one meeting link: one meeting, whatever end a source filled in by default
            # (the same title at one start is not exempt: the generated sets show two sessions so, and lose precision)
        elif time == "same" and same_place and organiser == "same" and (
                a.title == b.title or _lengths_alike(a, b) and title_similarity(a, b) >= TITLE_STRONG):
            length = ""  # all but the end the same, the organiser named by both: an end one source changed or rounded
        else:
            return _Evidence("durées")
    if organiser == "other" and organisers and not (
        # Start and end agree at one place, the titles close: a source credits the network, the federation or the
        # venue's owner instead of the member; another group's event there would not last just as long. Not online:
        # two organisers' webinars on one subject at one hour are as long as each other. Nor two subjects sharing no
        # word: over several days, two exhibitions a venue shows keep its opening hours (« Exposition : les visages de
        # l'ESS » / « Exposition : 100 ans de coopératives »); in one evening, two associations' talks in a building of
        # several rooms fill its usual slot (« Conférence : la sobriété numérique » / « Conférence : le logement
        # participatif »), unless one name is a network's, credited under its own wording of the member's event.
        time in ("same", "slip") and length == "same" and same_place and not both_online
        and title_similarity(a, b) >= TITLE_WEAK
        and not (a.last_day >= 0 and b.last_day >= 0 and _two_subjects(a.core, b.core) or _two_groups_subjects(a, b))
        or time in ("same", "slip") and (_allied(a, b) or same_street and not (a.street_resolved or b.street_resolved)
                                      and _one_title(a, b))
        # At one place and time, one record crediting the venue itself (« Cinéma Pathé Mâcon » for the ciné-débat
        # Attac leads there, « Cinéma Le Basselin » there, a tiers-lieu listing what it hosts), the other the group
        # holding the event: the venue's listing of the event it hosts, whatever end each gives (a sheet's row gives
        # its start alone); the same title, or titles close that are not two subjects sharing no word (two screens of
        # one cinema at one hour).
        or time in ("same", "slip") and same_place and not both_online and _venue_credited(a, b) and (
            _one_title(a, b) or title_similarity(a, b) >= TITLE_MEDIUM and not _two_groups_subjects(a, b))
        # From the same start to the same end at one place, one name a network's or a regional body's, neither source
        # listing anything else in that town then (see _alone_then): the network credited instead of its member, under
        # its own wording of the member's event (« Bourse aux semences paysannes » / « Grainothèque ouverte »); not two
        # subjects sharing no word unless one name is a network's (a regional body holds its own talks there too).
        or time in ("same", "slip") and length == "same" and same_place and not both_online and _relay_in(a, b)
        and not _two_groups_subjects(a, b) and _alone_then(a, b)
        # The same at the same minute where one street comes from the venue's name (see _resolve_streets) that both
        # records give, when several records of the edition give that venue at that street and none at another: one
        # such venue in that town, not a generic name with namesake branches a single listing cannot tell apart.
        # The doors' opening against the start (see _welcome), the same title at one place or online, one name a
        # network's or a regional body's (see _relaying_name): the network credited instead of its member.
        or time == "near" and _welcome(a, b) and _one_title(a, b) and _relay_in(a, b) and (same_place or both_online)
        or time == "same" and same_street and venue is not None and venue >= VENUE_SAME and _one_title(a, b)
        and min((r.street_support for r in (a, b) if r.street_resolved), default=0) >= STREET_SUPPORT
        # At one street and the same minute a reworded title (TITLE_AT_ONE_MINUTE), or a looser one (TITLE_MEDIUM)
        # where one name is a network's (see _network_name); not two subjects sharing no word of two groups of no
        # such name (« Ciné-débat « Les Jours heureux » » / « Ciné-débat « Demain » », two screens of one cinema).
        or time == "same" and same_street and not (a.street_resolved or b.street_resolved)
        and title_similarity(a, b) >= (
            TITLE_MEDIUM if _network_in(a, b)
            else TITLE_AT_ONE_MINUTE
        ) and not _two_groups_subjects(a, b)
        # Online at one time (a minute, or a time zone's slip): one meeting link; or a title reworded around the same
        # subject (TITLE_MEDIUM: « Rencontre virtuelle – le covoiturage » / « Webconférence : le covoiturage »), one of
        # the names a network's (« Réseau … », « Fédération … »: credited instead of its member). Two groups of no such
        # name may hold meetings of one generic title at one hour (« Webinaire : financer son projet »).
        # Online, one record without a time: the same title at the same meeting link that day is that meeting.
        or time == "day" and a.online and b.online and bool(a.link) and a.link == b.link and _one_title(a, b)
        # Online, the same title, the record without a time crediting a network or a regional body, at most one
        # meeting link given: the network relaying its member's meeting without its hour (the member's date-only copy
        # against the network's timed one is not: the network's own session?); not when a source lists that title
        # twice that day (two sessions: either may be the one).
        or time == "day" and a.online and b.online and not (a.link and b.link)
        and (_relays_undated(a) or _relays_undated(b))
        and _one_title(a, b) and not _named_aside(a, b)
        and not (_lists_the_title_twice(a) or _lists_the_title_twice(b))
        or time in ("same", "slip") and a.online and b.online and (
            bool(a.link) and a.link == b.link
            or _network_in(a, b) and title_similarity(a, b) >= TITLE_MEDIUM
        )
        # At one time, the same title, one of the names a network's or a regional body's: the network credited
        # instead of its member, as online. At one place (a venue of one name, whichever record gives its street: a
        # namesake branch of the town holding that title at that hour too leaves two plausible partners), in a room
        # placed in the venue (see _room_inside), a room nothing places against a venue of its town (see
        # _room_against_venue), or at a venue of one name one record does not say in which town (an iCalendar
        # LOCATION naming the venue alone).
        or time in ("same", "slip") and (
            same_place and not both_online or unplaced
            or venue is not None and venue >= VENUE_SAME and not (a.communes and b.communes)
        ) and _relay_in(a, b) and _one_title(a, b)
        # Without a time, at a street one record takes from the venue both name (several records of the edition give
        # it there, see STREET_SUPPORT), where the edition times one session that day: a network credited.
        or time == "day" and same_street and a.lone_session and (a.street_resolved or b.street_resolved)
        and venue is not None and venue >= VENUE_SAME
        and min((r.street_support for r in (a, b) if r.street_resolved), default=0) >= STREET_SUPPORT
        and _relay_in(a, b) and _one_title(a, b)
        # Without a time at one street both give, where the edition times one session that day (see
        # _mark_lone_sessions), the same title credited to a network (« Réseau … », « Fédération … ») by the record
        # without a time: the network relaying its member's event without its hour (a CRESS sheet). Not the member's
        # date-only copy against the network's timed one (the network's own session there?), nor when a title names
        # someone aside the other does not (« [Les Bricoleurs] … »), nor when another session of that title that day
        # may be there (see _another_session). Or either name one the edition shows credited so instead of several
        # others (see _learn_day_credits).
        # Without a time but the part of the day the other's start falls in (« après-midi » for a 14:00 start), at one
        # street both give or one venue both name (by its own name: a « Maison des associations » lends its rooms to
        # several groups at once), where the edition times one session there that day: as at one
        # place and minute, whoever each credits (« Repair Café Paris 11 », the collective, for the repair café « La
        # Petite Rockette » hosts at its address; « 3M » for Montpellier Méditerranée Métropole), under the same title
        # or one reworded around a subject in common (the sheet's other repair café that afternoon in Paris is at
        # another street).
        or time == "day" and _part_holds_the_start(a, b) and a.lone_session and b.lone_session and (
            same_street and not (a.street_resolved or b.street_resolved)
            or venue is not None and venue >= VENUE_SAME and _named_venue(a.venue) and _named_venue(b.venue)
        ) and (_one_title(a, b) or title_similarity(a, b) >= TITLE_MEDIUM and not _two_groups_subjects(a, b))
        or time == "day" and same_street and a.lone_session and not (a.street_resolved or b.street_resolved)
        and _one_title(a, b) and (
            not _named_aside(a, b) and _relayed_without_time(a, b)
            or bool(a.day_umbrellas)
            and (_organiser_name(a) in a.day_umbrellas or _organiser_name(b) in a.day_umbrellas)
        )
        # Without a time (one record or both), the same title word for word but its dressing (the titles' keys, not
        # their lemmas: « Causerie » is no « Conférence gesticulée »), the record without a time crediting a network or
        # a regional body, no title naming someone aside: the network relaying its member's event without its hour (a
        # sheet's row, an agenda giving the venue and the town alone; a market, a fair). Not the member's date-only copy
        # against the network's timed one (the network's own session there?). Where: both without a time at one street
        # both give, where the edition times nothing that day; or, no source listing that title twice that day (two
        # sessions either of which may be the one; nor is a feed dating many entries of one title to one day there
        # weighed by pairs), at one place (a venue named alike, or a street), or both without a time at a venue of one
        # name in one town whose street one record leaves out (a generic name two branches of the town give that day
        # leaves two plausible partners).
        or time == "day" and not both_online and (_relays_undated(a) or _relays_undated(b))
        and fuzz.token_set_ratio(a.title, b.title) >= TITLE_STRONG and not _named_aside(a, b) and (
            a.minute is None and b.minute is None and not a.lone_session
            and same_street and not (a.street_resolved or b.street_resolved)
            or not (_lists_the_title_twice(a) or _lists_the_title_twice(b)) and (
                same_place or a.minute is None and b.minute is None and not a.lone_session
                and venue is not None and venue >= VENUE_SAME and bool(a.communes & b.communes)
            )
        )
    ):
        return _Evidence("organisateurs")
    if organiser == "other":
        organiser = ""  # allied organisers at one time (or without organisers): unknown
    # A quarter given alone, without its town, that the other record's title or organiser names is in the other's
    # town, as a town given alone is (« Le Blosne » / « Atelier vélo au Blosne »).
    same_commune = bool(a.communes & b.communes) or bool(a.communes) != bool(b.communes) and (
        _quarter_alone_named(a, b) or _quarter_alone_named(b, a) or _in_its_quarter(a, b) or _in_its_quarter(b, a))
    if not same_commune and not (a.communes and b.communes) and a.commune and b.commune and not (
        a.online or b.online
    ):
        same_commune = fuzz.ratio(a.commune, b.commune) >= 80  # "Montepllier": a typo the COG cannot resolve
    return _Evidence(None, time, same_commune or nearby, same_place, both_online, organiser, unplaced, length,
                     moved_online, nearby)


# Words that name a network, a federation or a union of organisations, whose member may be the one listed elsewhere.
_NETWORK_WORDS = frozenset("reseau reseaux federation union coordination cress urscop".split())


# What an « Union » that is one club or one band is (« Union sportive de Blagnac », « Union musicale »), not a union of
# organisations.
_CLUB_WORDS = frozenset("sportive sportif athletique cycliste nautique gymnique bouliste musicale artistique "
                        "velocipedique".split())


# People a collective gathers (« Collectif des habitants de … » is a group of people, not of organisations).
_PEOPLE = frozenset("habitants citoyens citoyennes usagers parents voisins riverains locataires jeunes femmes salaries "
                    "benevoles amis etudiants chomeurs".split())


@functools.lru_cache(maxsize=1 << 12)
def _network_name(organiser: str) -> bool:
    """Whether a folded organiser name is a network's (see _NETWORK_WORDS): « Réseau Cocagne », « Fédération des
    centres sociaux de Loire-Atlantique », « Union régionale des Scop »; or a collective of organisations
    (« Collectif des Tiers-Lieux normands », « Collectif des AMAP d'Alsace », not « Collectif des habitants »)."""
    words = organiser.split()
    return any(word in _NETWORK_WORDS and not (word == "union" and _CLUB_WORDS.intersection(words[at + 1:at + 2]))
               for at, word in enumerate(words)) or (
        len(words) > 2 and words[0] == "collectif" and words[1] == "des" and words[2] not in _PEOPLE
    )


def _relayed_without_time(a: _Record, b: _Record) -> bool:
    """Whether a record without a time credits a network or a body of the whole région (see _relay_in) and no other
    session of its title that day may be at its street (see _another_session): the network relaying its member's
    event, listed with its time by the other record or by the edition."""
    return any(_relays_undated(r) and not _another_session(r) for r in (a, b))


def _relays_undated(record: _Record) -> bool:
    """Whether a record gives no time and credits a network or a body of a whole région (see _relaying_name): a
    network relaying its member's event without its hour."""
    return record.minute is None and _relaying_name(_organiser_name(record))


def _named_aside(a: _Record, b: _Record) -> bool:
    """Whether one title names between brackets or parentheses words the other title lacks (see _aside_words)."""
    return bool(a.aside - set(b.title.split()) or b.aside - set(a.title.split()))


def _network_in(a: _Record, b: _Record) -> bool:
    """Whether one of two records credits a network (see _network_name)."""
    return _network_name(_organiser_name(a)) or _network_name(_organiser_name(b))


@functools.lru_cache(maxsize=1 << 12)
def _regional_name(organiser: str) -> bool:
    """Whether a folded organiser name begins or ends with a région's name, another word beside it (« Coop'Occitanie »,
    « Collectif Vélo Occitanie », « Bretagne Active »): a body of the whole région, which lists its members' events."""
    return any(organiser.endswith(" " + region) or organiser.startswith(region + " ")
               for region in _territory_names().regions)


def _relaying_name(organiser: str) -> bool:
    """Whether a folded organiser name is a network's (see _network_name) or a body's of a whole région (see
    _regional_name): one that may relay its member's event under the member's title. Only where the titles are one:
    a regional body also holds its own talks, on its own subjects, beside its members' (see _two_groups_subjects)."""
    return _network_name(organiser) or _regional_name(organiser)


def _relay_in(a: _Record, b: _Record) -> bool:
    """Whether one of two records credits a network or a body of a whole région (see _relaying_name)."""
    return _relaying_name(_organiser_name(a)) or _relaying_name(_organiser_name(b))


@functools.lru_cache(maxsize=1 << 12)
def _two_regions_bodies(a: str, b: str) -> bool:
    """Whether two folded organiser names are one network's bodies of two régions: each ends with a région's name,
    the two differ, and the names before them are one (the same words, or one the other's initials: « fa pays de la
    loire » / « france active bretagne », « cress normandie » / « cress bretagne »)."""
    if not (_regional_name(a) and _regional_name(b)):
        return False
    regions = _territory_names().regions
    territory_a, bare_a = _territory_end(a)
    territory_b, bare_b = _territory_end(b)
    if not (territory_a in regions and territory_b in regions and territory_a != territory_b):
        return False
    return _same_words(bare_a, bare_b) or bare_a.replace(" ", "") in (initials(bare_b), bare_b) or (
        bare_b.replace(" ", "") == initials(bare_a))


def _two_groups_subjects(a: _Record, b: _Record) -> bool:
    """Whether two records' titles name two subjects sharing no word (see _two_subjects), neither organiser named as a
    network (see _network_in): two groups' own events, not a network credited under its own wording of its member's."""
    return _two_subjects(a.core, b.core) and not _network_in(a, b)


def _venue_credited(a: _Record, b: _Record) -> bool:
    """Whether one of two records credits the venue either gives: the organiser's name, its towns' words aside, holds
    only words of that venue's name, or that name only words of it (« cinema pathe macon » / « cinema les cinemas
    pathe », « pathe »)."""
    towns = set(a.commune.split()) | set(b.commune.split())
    venues = [set(venue.split()) for venue in (a.venue, b.venue) if venue]
    for record in (a, b):
        words = set(_organiser_name(record).split()) - towns - _STOPWORDS
        if words and any(words <= venue or venue <= words for venue in venues):
            return True
    return False


def _general_assemblies(a: _Record, b: _Record) -> bool:
    """Whether both titles name a general assembly (« AG », « Assemblée générale »: see _FIELD_ACRONYMS)."""
    return " ag " in f" {a.core} " and " ag " in f" {b.core} "


def _one_title(a: _Record, b: _Record) -> bool:
    """Whether two records have the same title (TITLE_STRONG). At one street and one time (a minute, or a time zone's
    whole-hour slip), that is one event whatever the organisers: a source credits the network, the federation or the
    venue's owner instead of the member that runs it (another group's event there then would not have that title;
    a venue's name alone is not enough, a generic one has namesakes in one town)."""
    return title_similarity(a, b) >= TITLE_STRONG


def _other_venue(a: str, b: str, similarity: float | None = None) -> bool:
    """Whether two venue keys name two places (the « lieux » veto of evidence); `similarity`: their
    token_set_ratio, when the caller has it."""
    if _one_seat(a, b):
        return False
    arabic_a, arabic_b = _ordinals_read(a), _ordinals_read(b)
    if (arabic_a, arabic_b) != (a, b):  # « Mairie du XIe » / « Mairie du 11e » / « Mairie 11 »
        a, b, similarity = arabic_a, arabic_b, None
    similarity = fuzz.token_set_ratio(a, b) if similarity is None else similarity
    marks_a, marks_b = _venue_marks(a), _venue_marks(b)
    if similarity < VENUE_OTHER and _venue_acronym(a, b):
        return False
    return similarity < VENUE_OTHER or bool(marks_a and marks_b and marks_a != marks_b) or _venues_differ(a, b)


# A public body's seat named by its building or by the body (« Hôtel de ville » / « Mairie », « Hôtel du Département » /
# « Conseil départemental de la Haute-Marne », « Hôtel de Région » / « Région Grand Est »): one venue. A venue key has
# lost its own town's name (_place_of); a département's or a région's may follow the body's. The body named alone may
# be any of its buildings in the town; two buildings are two places (« Maison de la Région », on the Canebière in
# Marseille, is not the Hôtel de Région), as are a town hall's annexes (« Mairie annexe », « Mairie du 18e »).
_TOWN_HALLS = ("hotel de ville", "mairie")
_SEATS = (
    ("ville", "", _TOWN_HALLS),
    ("departement", "hotel", ("hotel du departement",)),
    ("departement", "maison", ("maison du departement",)),
    ("departement", "", ("conseil departemental", "departement")),
    ("region", "hotel", ("hotel de region", "hotel de la region")),
    ("region", "maison", ("maison de la region",)),
    ("region", "", ("conseil regional", "region")),
)
_TERRITORY_LINKS = ("de la ", "de l ", "du ", "des ", "de ", "d ")


def _after_link(text: str) -> str:
    """`text` without the link word it begins with (« de la haute marne » -> « haute marne »; _TERRITORY_LINKS)."""
    link = next((link for link in _TERRITORY_LINKS if text.startswith(link)), "")
    return text[len(link):]


@functools.lru_cache(maxsize=1 << 12)
def _seat_of(venue: str) -> tuple[str, str]:
    """(kind of public body, building) of the seat a venue key names (see _SEATS; "" for the body named alone), else
    ("", "")."""
    for seat, building, names in _SEATS:
        for name in names:
            if venue == name:
                return seat, building
            if seat != "ville" and venue.startswith(name + " ") and (
                _after_link(venue[len(name) + 1:]) in _territory_names().names
            ):
                return seat, building
    return "", ""


def _one_seat(a: str, b: str) -> bool:
    """Whether two venue keys name one seat of a public body: the same body, the same building or one of them the
    body named alone (see _SEATS)."""
    (seat_a, building_a), (seat_b, building_b) = _seat_of(a), _seat_of(b)
    return bool(seat_a) and seat_a == seat_b and (building_a == building_b or not building_a or not building_b)


def _town_acronym(a: _Record, b: _Record) -> bool:
    """Whether one record's venue is an acronym (one word) of the other's venue name followed or preceded by that
    record's town, the town a venue key no longer holds (_place_of): « MCB » for « Maison de la Culture de Bourges »,
    « TSM » for « Toulouse School of Management »."""
    for short, named in ((a, b), (b, a)):
        acronym, town = short.venue, named.commune
        if acronym and " " not in acronym and named.venue and town and (
            spells_out(acronym, f"{_compounds_split(named.venue)} {town}")
            or spells_out(acronym, f"{town} {_compounds_split(named.venue)}")
        ) and not spells_out(acronym, _compounds_split(named.venue)):
            return True
    return False


def _venue_acronym(a: str, b: str) -> bool:
    """Whether one venue key is the other's acronym, as a source writes a venue the town knows by it (« MCE » /
    « Maison de la consommation et de l'environnement », « MJC » / « Maison des jeunes et de la culture », « CSC » /
    « Centre socioculturel »: see _compounds_split)."""
    return any(_venue_acronym_of(short, name) for short, name in ((a, b), (b, a)))


def _venue_acronym_of(short: str, name: str) -> bool:
    """_venue_acronym of `short` against `name`: the acronym alone, or followed by the place's own name that `name`
    ends with (« MPT Belsunce » / « Maison pour tous Belsunce », « MJC de Bréquigny » / « Maison des jeunes et de la
    culture de Bréquigny »)."""
    acronym, _, rest = short.partition(" ")
    if not rest:
        return spells_out(short, _compounds_split(name))
    own = rest.split()
    while own and own[0] in _STOPWORDS:
        own = own[1:]
    words = name.split()
    if not own or len(words) <= len(own) + 1 or words[-len(own):] != own:
        return False
    leading = words[:-len(own)]
    while leading and leading[-1] in _STOPWORDS:
        leading.pop()
    return spells_out(acronym, _compounds_split(" ".join(leading)))


# What tells apart the rooms, buildings or town halls of one name: a number (« Salle 2 », « Mairie du 18e »,
# « Mairie du XVIIIe ») or a letter after a room's word (« Amphi A », « Bâtiment B »).
_ROMAN_ORDINAL = re.compile(rf"\b({_ROMAN_NUMBER})(?:e|er|eme)\b")
_VENUE_NUMBER = re.compile(r"\b(\d{1,4})(?:e|er|eme|bis|ter)?\b|" + _ROMAN_ORDINAL.pattern)
_VENUE_LETTER = re.compile(r"\b(?:salle|amphi|amphitheatre|batiment|bat|hall|aile|pavillon|bloc|etage|niveau|module"
                           r"|studio|escalier|porte|local|bureau) ([a-z])(?=$| \d)")  # not « Salle à manger »

# An ordinal in figures (« 14e », « 1er », « 14eme »): its number, as a source writing « Mairie 14 » gives it.
_ORDINAL_SUFFIX = re.compile(r"\b(\d{1,3})(?:e|er|eme|ieme)\b")


@functools.lru_cache(maxsize=1 << 14)
def _ordinals_read(venue: str) -> str:
    """A venue key with its ordinals, roman or in figures, as their numbers (« mairie du xive », « mairie du 14e »:
    « mairie du 14 »)."""
    return _ORDINAL_SUFFIX.sub(r"\1", _roman_ordinals_read(venue)) if venue else venue


@functools.lru_cache(maxsize=1 << 14)
def _roman_ordinals_read(venue: str) -> str:
    """A venue key with its roman ordinals in figures (« mairie du xie » -> « mairie du 11e »), as _venue_marks reads
    them."""
    return _ROMAN_ORDINAL.sub(lambda match: f"{roman_value(match.group(1))}e", venue) if venue else venue


@functools.lru_cache(maxsize=1 << 14)
def _venue_marks(venue: str) -> frozenset[str]:
    """The numbers (roman ones as numbers) and room letters of a venue key (see _VENUE_NUMBER, _VENUE_LETTER)."""
    if not venue:
        return frozenset()
    marks = {match.group(1) and str(int(match.group(1))) or str(roman_value(match.group(2)))
             for match in _VENUE_NUMBER.finditer(venue)}
    return frozenset(marks | {f"{match.group(1)}." for match in _VENUE_LETTER.finditer(venue)})


def _day_room_apart(a: _Record, b: _Record) -> bool:
    """Whether a room nothing places and a venue of its town, one of them without a time, are two events: their
    organisers differ, or one is not given and either source lists that title twice that day in that town (the
    title, day and town are all that would tie them)."""
    relation = _organiser_relation(a, b)
    return relation == "other" or relation != "same" and (_lists_the_title_twice(a) or _lists_the_title_twice(b))


def _room_against_venue(a: _Record, b: _Record) -> bool:
    """Whether one record names a room (see _is_room) no record places (see _resolve_streets) and the other a venue
    (a street, or a venue's name that is no such room), in a commune both give: « Salle Iroise, Saint-Brieuc »
    against « Maison des Initiatives, 103 quai Alphonse Guérin, Saint-Brieuc » or « Maison des Initiatives,
    Saint-Brieuc » may be a room of that venue."""
    return bool((a.unplaced and _placed(b) or b.unplaced and _placed(a)) and a.communes & b.communes)


def _alone_then(a: _Record, b: _Record) -> bool:
    """Whether neither record's source lists, that day in a commune both give, another record starting when the other
    record starts (the same minute or a time zone's slip) or giving no time: each is the only event its source knows
    there then (see score: one record not saying where in the other's town)."""
    return not _listed_then(a, b) and not _listed_then(b, a)


def _alone_that_day(a: _Record, b: _Record) -> bool:
    """Whether neither record's source lists another record that day in a commune both give."""
    shared = a.communes & b.communes
    return not any(other.row != record.row and bool(other.communes & shared)
                   for record in (a, b) for listing in record.same_day_listings for other in listing)


def _listed_then(a: _Record, b: _Record) -> bool:
    """Whether b's source lists that day, in a commune a and b share, another record than b starting when a starts (see
    _time_relation: the same minute or a whole-hour slip) or without a time."""
    shared = a.communes & b.communes
    return any(
        other.row != b.row and bool(other.communes & shared)
        and (other.minute is None or _time_relation(a, other) in ("same", "slip"))
        for listing in b.same_day_listings for other in listing
    )


def _room_inside(a: _Record, b: _Record) -> bool:
    """Whether one record names a room the edition shows inside the venue at the other's street (see _place_rooms)."""
    return _room_against_venue(a, b) and (
        a.room_street is not None and a.room_street == b.street
        or b.room_street is not None and b.room_street == a.street
    )


def _room_of_the_titled_venue(a: _Record, b: _Record) -> bool:
    """Whether one record names a room nothing places (see _room_against_venue) and its title the venue the other
    record gives, by two words or more (« Ouverture exceptionnelle : Maison Régionale de l'Économie » in « Salle de
    réunion, Nantes »): the room is in that venue."""
    if not _room_against_venue(a, b):
        return False
    room, venue = (a, b) if a.unplaced else (b, a)
    return _venue_titled_by(venue.venue, room.title)


def _venue_titled_by(venue: str, title: str) -> bool:
    """Whether a title names a venue (a key) of two words or more (see _named_in_title): « Visite de La Petite
    Rockette » names « la petite rockette »; a venue of one word is too common a word to be read in a title."""
    return len(venue.split()) >= 2 and _named_in_title(venue, "", title)


# Words that begin a venue's name in a title (« … : Maison des associations », « Visite de la Médiathèque Jean Macé »);
# not « café » (« Café de l'ESS » is an event), nor « place », « parc », « club » (« Place aux initiatives »).
_TITLED_VENUE_HEADS = frozenset("maison salle espace centre halle mediatheque bibliotheque ludotheque musee mairie "
                                "ressourcerie recyclerie gymnase auditorium".split())

# Words that name a kind of venue, not one venue (« Maison des associations », « Salle polyvalente », « Centre
# social »).
_VENUE_KIND_WORDS = _VENUE_HEADS | _TITLED_VENUE_HEADS | frozenset(
    "association associations quartier social sociale socioculturel culturel culturelle jeunes jeunesse culture fetes "
    "polyvalente communale municipale ville loisirs vie associative sport sports reunion reunions conference "
    "pour tous".split())


def _named_venue(venue: str) -> bool:
    """Whether a venue key holds a name of its own, not only words of a kind of venue (see _VENUE_KIND_WORDS)."""
    return any(word not in _VENUE_KIND_WORDS and word not in _STOPWORDS for word in venue.split())


@functools.lru_cache(maxsize=1 << 14)
def _titled_venue_other(title: str, venue: str) -> bool:
    """Whether a title key names, from a venue's head word on (see _TITLED_VENUE_HEADS), a venue of two words or more
    other than `venue` (a venue key): none of `venue`'s words after its head follow it."""
    words = title.split()
    for at, word in enumerate(words):
        if word in _TITLED_VENUE_HEADS:
            named = [w for w in words[at + 1:at + 5] if w not in _STOPWORDS and not w[0].isdigit()]
            own = [w for w in venue.split() if w not in _STOPWORDS]
            if not named or not own or own[0] != word:
                return False  # a head alone, or a venue of another kind than the title's (a room in a building)
            return _other_venue(" ".join([word, *named]), venue) and not set(named) & set(own[1:])
    return False


def _placed(record: _Record) -> bool:
    """Whether a record gives a street, or a venue's name that is not a room nothing places."""
    return record.street is not None or bool(record.venue) and not record.unplaced


# How a room inside a building is named (« Salle Iroise », « Grande salle », « Amphithéâtre B », « Auditorium »,
# « Salle du rez-de-chaussée »): a named venue (« Maison de quartier La Courte Échelle ») is a building of its own.
_ROOM_WORDS = frozenset("salle sle amphi amphitheatre auditorium bureau etage rdc".split())


@functools.lru_cache(maxsize=1 << 12)
def _is_room(venue: str) -> bool:
    """Whether a venue key names a room (see _ROOM_WORDS): its first word, or its second after « grande »,
    « petite »."""
    words = venue.split()
    return bool(words) and (words[0] in _ROOM_WORDS or words[0] in ("grande", "petite", "grand", "petit")
                            and len(words) > 1 and words[1] in _ROOM_WORDS)


def _organiser_name(record: _Record) -> str:
    """The organiser a record names in its field, else in its title (« … par <organiser> »), else ""."""
    return record.organiser or (record.titled_organiser[0] if record.titled_organiser else "")


def _allied(a: _Record, b: _Record) -> bool:
    """Whether the organisers of two records are a pair the edition shows as one event's (see _learn_alliances)."""
    if a.alliances is None:
        return False
    name_a, name_b = _organiser_name(a), _organiser_name(b)
    return _allied_names(name_a, name_b, a.alliances) or bool(a.umbrellas) and (
        name_a in a.umbrellas or name_b in a.umbrellas
    )


@functools.lru_cache(maxsize=1 << 14)
def _allied_names(name_a: str, name_b: str, alliances: frozenset[tuple[str, str]]) -> bool:
    """Whether two organiser names are an alliance's (see _learn_alliances), each written as the alliance has it or
    otherwise (its acronym, its initials, a typo: the same organiser for _named_organisers_relation): an alliance
    is between two organisations, not two spellings."""
    if tuple(sorted((name_a, name_b))) in alliances:
        return True
    keys_a, keys_b = (name_a, initials(name_a), acronym_of(name_a)), (name_b, initials(name_b), acronym_of(name_b))
    for first, second in alliances:
        keys_1, keys_2 = (first, initials(first), acronym_of(first)), (second, initials(second), acronym_of(second))
        if (_named_organisers_relation(*keys_a, *keys_1) == "same" and _named_organisers_relation(*keys_b, *keys_2)
                == "same") or (_named_organisers_relation(*keys_a, *keys_2) == "same"
                               and _named_organisers_relation(*keys_b, *keys_1) == "same"):
            return True
    return False


def _learn_alliances(firsts: list[_Record], seconds: list[_Record], titles: np.ndarray) -> set[tuple[str, str]]:
    """Learns from the edition's pairs which organisers that differ by name are credited with one event: a network
    and its member (« Réseau des Ressourceries » for a member ressourcerie), a federation and its local body. Two
    organisers are allied when a pair of records, one naming each, is otherwise one event beyond doubt: the same
    title (TITLE_STRONG) at the same street, both giving it, and the same minute (a venue's name is not enough: a
    generic one has namesakes in one town); or a pair the same day in one commune where one
    record's title names the other's organiser (« [Vélo Utile] Atelier vélo », credited to its network). Every
    pair of records of the two organisers is then compared without their organisers (see evidence)."""
    alliances: set[tuple[str, str]] = set()
    for k in np.flatnonzero(titles >= TITLE_CANDIDATE).tolist():
        a, b = firsts[k], seconds[k]
        if not (a.organiser or a.titled_organiser) or not (b.organiser or b.titled_organiser) or (
            a.organiser and a.organiser == b.organiser
        ):
            continue  # organisers that cannot differ (_organiser_relation is "other" only between two named ones)
        beyond_doubt = (
            titles[k] >= TITLE_STRONG and a.street is not None and a.street == b.street
            and not a.street_resolved and not b.street_resolved
        )
        named = not beyond_doubt and (
            bool(a.organiser) and _named_in_title(a.organiser, a.organiser_initials, b.title)
            or bool(b.organiser) and _named_in_title(b.organiser, b.organiser_initials, a.title)
        )
        if not (beyond_doubt or named) or _organiser_relation(a, b) != "other":
            continue
        found = evidence(a, b, organisers=False)
        if found.veto is None and (found.time == "same" if beyond_doubt else found.same_commune):
            alliances.add(tuple(sorted((_organiser_name(a), _organiser_name(b)))))
    return alliances


def _learn_day_credits(firsts: list[_Record], seconds: list[_Record], titles: np.ndarray) -> set[tuple[str, str]]:
    """The pairs of organiser names two records credit with one event where one of them has no time: the same title
    (TITLE_STRONG) at the same street, both giving it, where the edition times one session that day (see
    _mark_lone_sessions), nothing else apart. Not an alliance (a second group at that venue may be listed without
    its time): only a name credited so instead of several others is taken as a network's (see evidence)."""
    credits: set[tuple[str, str]] = set()
    for k in np.flatnonzero(titles >= TITLE_STRONG).tolist():
        a, b = firsts[k], seconds[k]
        if (a.minute is None) == (b.minute is None) or a.street is None or a.street != b.street or not (
            a.lone_session
        ) or a.street_resolved or b.street_resolved or _organiser_relation(a, b) != "other" or not (
            _organiser_name(a) and _organiser_name(b)  # a name set apart in a title is no credit (see set_apart)
        ):
            continue
        if evidence(a, b, organisers=False).veto is None:
            credits.add(tuple(sorted((_organiser_name(a), _organiser_name(b)))))
    return credits


UMBRELLA_PARTNERS = 3  # organisers a name is allied with, at least, to be a network's (see _umbrellas)


def _umbrellas(alliances: set[tuple[str, str]]) -> frozenset[str]:
    """The organiser names allied (see _learn_alliances) with UMBRELLA_PARTNERS others or more: a network credited
    with the events of several members, whose other members' events it may be credited with too (a member is
    allied with its network only; with two partners, a name may be a member credited by two networks)."""
    partners = Counter(name for pair in alliances for name in pair)
    return frozenset(name for name, count in partners.items() if count >= UMBRELLA_PARTNERS)


def vetoed(a: _Record, b: _Record) -> str | None:
    """Why two records cannot be the same event, or None."""
    return evidence(a, b).veto


def score(a: _Record, b: _Record, title: float, found: _Evidence | None = None) -> float | None:
    """Match score of a pair (higher is surer), or None when it is vetoed or the evidence is too weak."""
    found = found or evidence(a, b)
    on_time = found.time in ("same", "slip")
    # Start and end both agree (or the length, across a time zone's slip): see _length_relation.
    length_same = found.length == "same" and on_time
    # One record not saying where in the other's town (a room nothing places, or the town alone), from the same start
    # to the same end (or the same length across a time zone's slip), neither source listing anything else in that
    # town then (see _alone_then): one event, however reworded.
    # A commune both give; not a quarter given alone (see evidence), where what else the sources list then is not known.
    shared_commune = bool(a.communes & b.communes)
    alone_in_town = length_same and found.same_commune and shared_commune and not found.both_online and (
        found.unplaced or not (a.venue or a.street) or not (b.venue or b.street)
    ) and _alone_then(a, b)
    if found.veto or found.unplaced and title < TITLE_STRONG and not (
        length_same and title >= TITLE_WEAK
        or (on_time or found.time == "day") and found.organiser == "same" and title >= TITLE_AT_ONE_MINUTE
        or alone_in_town
        or found.time == "day" and found.organiser == "same" and found.same_commune and title >= TITLE_CANDIDATE
        and shares_a_word(_subject(a.core), _subject(b.core))
    ):
        # A room against a venue: only the title can say, or a close one at the same start and end, or by the same
        # organiser at the same start (it does not hold two such events in one town at once), or that day when one
        # record gives no time (a title this close by that organiser in that town that day is that event; a looser one
        # naming a subject of the other's, see below).
        return None
    same_host = found.both_online and bool(a.host) and a.host == b.host
    same_link = found.both_online and bool(a.link) and a.link == b.link
    # A hybrid event (at its place and online) that another source lists as online alone, by the same organiser or
    # with the same meeting link at the same time: its online side.
    with_hybrid = (a.hybrid and b.online or b.hybrid and a.online) and on_time and (
        found.organiser == "same" or bool(a.link) and a.link == b.link and found.organiser != "other")
    # Two online records meet online: two meeting services were vetoed (see evidence), a stream and a meeting were not.
    # An event moved online, one source not told (see _moved_online): its place and its meeting are one.
    located = (found.same_commune or found.same_place or same_host or with_hybrid or found.both_online
               or found.moved_online)
    # One side does not say where (no commune, no point, not online): only the rest can tell.
    unknown_place = not _knows_where(a) or not _knows_where(b)
    same_organiser = found.organiser == "same"
    # Two online events share their "place" (meeting hosts that differ were vetoed); without a time, only when
    # the organiser is the same (an online event by that organiser that day).
    online_together = found.both_online and (on_time or found.time == "day" and same_organiser) or with_hybrid
    agreements = (found.same_place or online_together) + same_organiser + on_time
    plausible = located or unknown_place
    formats_a, formats_b = formats_of(a.core), formats_of(b.core)
    # One record not saying where in the town (the town alone, or a room nothing places).
    where_untold = found.unplaced or not (a.venue or a.street) or not (b.venue or b.street)
    # Both titles name the venue both records give (« Visite guidée de la Halle » / « Portes ouvertes à la
    # Halle »): the venue is what the event is about, a subject in common.
    def venue_titled() -> bool:
        return found.same_place and _venue_in_both_titles(a, b)

    if (
        formats_a and formats_b and not formats_a & formats_b and title < TITLE_EXACT and not (same_link and on_time)
        and not (
            found.same_place and found.time == "same" and _share_a_subject(a.core, b.core, formats_a, formats_b)
            or (found.same_place or found.both_online and same_organiser) and on_time
            and (_share_a_subject(a.core, b.core, formats_a, formats_b) or venue_titled())
            or found.time == "day" and venue_titled()
            or found.time == "day" and (found.same_place or where_untold and found.same_commune) and same_organiser
            and shares_a_word(_topic(a.core), _topic(b.core))
            or found.time == "same" and found.same_commune and same_organiser
            and _share_a_subject(a.core, b.core, formats_a, formats_b)
            or formats_a | formats_b == _MEAL_AND_MEETING and found.time == "same" and found.length != "other"
            and same_organiser
            and (found.same_place or found.both_online)
        )
    ):
        # « Visite de X » / « Salon de Y »: two formats, two events; but one place (or one organiser's online
        # meeting) at one time, or a whole-hour slip of a time zone, with a subject in common (« Vélo : apprenez
        # à réparer » / « Atelier vélo participatif ») is one event said two ways; so is one organiser's in one town
        # at the same minute, one record giving the town alone (« Chantier participatif – les PTCE » / « Atelier :
        # les PTCE », LOCATION « Bordeaux »), and one organiser's at its venue that day, one record giving no time,
        # when the subject in common is more than the ESS itself (_topic). Cores, not titles: the town or the
        # organiser both titles name is no subject. A meal and a meeting (« Brunch solidaire » / « Café-rencontre des
        # acteurs », « Déjeuner » / « Table ronde ») one organiser holds at one place from one start to one end (or
        # one record gives no end) are one gathering: a lunch debate, a breakfast meeting; an hour apart, the talk
        # before the lunch, a time zone's slip is no reason to join them.
        return None
    common = bool(formats_a & formats_b) or shares_a_word(a.core, b.core) or venue_titled()
    if common and found.both_online and not same_organiser and not same_host:
        # Online at one time, nothing else in common: the shape of the event (« Atelier … », « Rencontre … ») is
        # shared by many meetings of a day; the activity or a word of the subject must be.
        subject_a, subject_b = _subject(a.core), _subject(b.core)
        common = (
            bool((formats_a & formats_b) - _SHAPES) or not (subject_a and subject_b)
            or shares_a_word(subject_a, subject_b)
        )
    if found.time == "day":
        # Without a time, the title alone tells apart an organiser's events of one day at one venue: a format
        # both name (« Atelier … ») is not enough, a word of the subject must be shared too, or the same
        # formats named by the same words.
        common = _share_a_subject(a.core, b.core, formats_a, formats_b, same_words=True) or venue_titled()
    if title >= TITLE_STRONG and (located or (unknown_place and (same_organiser or on_time))):
        pass
    elif (
        (found.same_place or found.both_online and same_organiser)
        and (found.time in ("same", "slip", "day") or _welcome(a, b)) and described_within(a, b)
    ):
        pass  # the same venue (organisers that differ were vetoed: the same one, or one record naming none, an
        # iCalendar without ORGANIZER; online, one organiser's meetings that day stand for the venue), at one start (or
        # the doors' opening, see _welcome) or one record without a time: the shorter description found whole in the
        # other's (a sheet's first sentence of the text the platform gives) is that event however reworded (« Café
        # bricole » / « Réparer plutôt que jeter ! »); the organiser's other event there that day, if its text opens
        # alike, is a rival partner (see _drop_ambiguous)
    elif same_link and on_time:
        pass  # the same meeting link at the same time is the same meeting, whatever the titles say
    elif (
        title >= TITLE_EXACT and unknown_place and found.time == "day" and len(a.core.split()) >= 3
        and fuzz.token_sort_ratio(a.core, b.core) >= TITLE_EXACT  # « Demain » is not « Après-demain »
    ):
        pass  # a specific title, the same day, one record saying nothing else
    elif title >= TITLE_WEAK and plausible and agreements >= 2 and common:
        pass
    elif (
        title >= TITLE_MEDIUM and plausible and found.time == "day" and (found.same_place or same_organiser)
        and common and (venue_titled() or not _shape_alone_in_common(a.core, b.core, formats_a, formats_b))
    ):
        pass  # a date-only record: the rest agrees, the titles sharing more than the shape of an event (an
        # organiser's « Atelier de sensibilisation au compostage » and « … à la rénovation des copropriétés » that
        # day in one town are two workshops)
    elif (
        title >= TITLE_AT_ONE_MINUTE and found.both_online and found.time == "day" and not found.organiser
        and not (a.organiser and b.organiser) and _subject_within(a.core, b.core)
    ):
        pass  # online, one record without a time and one naming no organiser (a network's iCalendar relaying a
        # webinar): titles this close, one naming nothing the other's subject does not, are that meeting (« Webinaire
        # flash – les budgets participatifs » / « Conférence en visio : les budgets participatifs »); not « Atelier
        # d'écriture : la mobilité inclusive » / « Agora des acteurs de la mobilité inclusive », two activities
    elif title >= TITLE_MEDIUM and found.same_commune and common and (
        on_time or found.time == "near" and _welcome(a, b) and same_organiser
        and (not (a.venue or a.street) or not (b.venue or b.street))
    ) and (shared_commune or not _shape_alone_in_common(a.core, b.core, formats_a, formats_b)):
        pass  # one record gives only the town (an ICS LOCATION « Brest »): the same town at the same time, or by one
        # organiser, one start the doors' opening (see _welcome) of the other; only the quarter (see evidence), a
        # subject in common too (« Atelier vélo aux Dervallières » is not an « Atelier couture » there then)
    elif (
        title >= TITLE_AT_ONE_MINUTE and found.time == "day" and shared_commune and formats_a & formats_b
        and (not (a.venue or a.street)) != (not (b.venue or b.street)) and found.organiser != "other"
        and _subject_told_by(*((a, b) if not (a.venue or a.street) else (b, a))) and _alone_that_day(a, b)
    ):
        pass  # one record without a time giving the town alone (an all-day VEVENT « Forum ESS Ardennes » at
        # « Charleville-Mézières »), the other naming its format there that day and every word of its subject, each
        # the only record its source lists that day in that town
    elif title >= TITLE_CANDIDATE and agreements == 3 and (found.same_place or found.both_online or common):
        pass  # a reworded title sharing no word: the same place, organiser and time say it is one event
    elif title >= TITLE_FLOOR and length_same and found.same_place and same_organiser:
        pass  # the same, the end too: four agreements, a title reworded beyond any word in common (« Déjeuner
        # solidaire des acteurs » / « Café de l'ESS »); the organiser's other event there at that time lasts otherwise
    elif (
        title >= TITLE_FLOOR and found.time == "near" and found.same_place and _welcome(a, b) and (
            same_organiser and (common or not _subject(a.core) or not _subject(b.core))
            or not found.organiser and common
        )
    ):
        pass  # the same venue or street, the same organiser, one start up to WELCOME_MIN before the other: the
        # doors' opening against the start of the talk, the titles reworded but naming a format or a word in common,
        # or one naming no subject (« Petit-déjeuner »); an organiser's two talks there half an hour apart name two
        # subjects. One record without organiser (an ICS without ORGANIZER): a format or a word in common.
    elif title >= TITLE_FLOOR and agreements == 3 and formats_a & formats_b:
        pass  # the same, the titles naming one format in other words (« Apéro » / « Brunch »)
    elif (
        title >= TITLE_FLOOR and found.same_place and not found.organiser
        and (found.time == "same" or found.time == "slip" and (common or length_same))
    ):
        pass  # one record does not name its organiser (an ICS without ORGANIZER): the same venue or street at the
        # same minute, titles naming no two formats of no common group, is one event however reworded; a whole-hour
        # slip a time zone explains (see _time_relation) as well when the titles name a format or a word in common
        # (a second session there an hour later is as likely as the zone mistake otherwise) or the lengths agree
    elif (
        title >= TITLE_FLOOR and found.time == "same" and found.same_commune and same_organiser
        and (found.unplaced or not (a.venue or a.street) or not (b.venue or b.street))
    ):
        pass  # one organiser at the same minute in one town, one record not saying where in it (the town alone, or a
        # room nothing places): a reworded title is that event (it does not hold two there at once)
    elif found.both_online and same_organiser and (
        on_time and title >= TITLE_FLOOR or found.time == "near" and title >= TITLE_MEDIUM
    ):
        pass  # online, by one organiser, at one time: a reworded title (« Webinaire : la mobilité douce » /
        # « Visioconférence : se déplacer autrement ») is the same meeting; a start moved between listings (up to
        # NEAR_TIME_MIN) asks for a title this close (TITLE_MEDIUM)
    elif title >= TITLE_FLOOR and alone_in_town:
        pass  # a room nothing places, or the town alone, in the town of the other's place, from the same start to the
        # same end, nothing else listed there then by either source: a reworded title (« Pause du matin » /
        # « Café-rencontre entre structures », the iCalendar giving « Salle haute, Toulouse ») is that event
    elif title >= TITLE_CANDIDATE and found.time == "day" and found.same_place and same_organiser and common:
        pass  # the same, one record without its time: the title must still name the same format or a word
    elif (
        title >= TITLE_CANDIDATE and found.time == "day" and same_organiser and found.same_commune and where_untold
        and shares_a_word(_subject(a.core), _subject(b.core))
    ):
        pass  # one record without its time, by one organiser in one town, one record not saying where in it (the town
        # alone, or a room nothing places): a reworded title naming a subject of the other's, not a format alone
        # (« Projection-échange – Ce qui nous relie » is another film), is that event (the organiser's other event
        # there that day, if it names that subject too, is a rival partner)
    elif (
        title >= TITLE_FLOOR and found.time == "day" and same_organiser
        and (found.same_place and found.same_commune or found.both_online) and formats_a & formats_b
        and (not _subject(a.core) and formats_a - _SHAPES <= formats_b
             or not _subject(b.core) and formats_b - _SHAPES <= formats_a)
    ):
        pass  # the same, one title naming nothing but formats, each activity of which the other names too
        # (« Atelier de réparation » / « On répare ensemble »; not « Atelier la finance solidaire »); such a
        # title shares few letters with any other (« Apéro de l'ESS » / « Petit-déjeuner des solidarités »); online,
        # one organiser's meetings that day stand for the venue
    elif (
        title >= TITLE_CANDIDATE and found.time == "day" and found.same_place and same_organiser
        and (_sure_formats(a.core) & _sure_formats(b.core)) - _SHAPES
    ):
        pass  # the same, reworded titles naming one activity, each by a word of that activity only (« Repair Café du
        # samedi » / « Atelier Répare-tout »; not « Foire aux initiatives » / « Marché de créateurs »): the
        # organiser's other event there that day is another activity
    else:
        return None
    return (
        title
        + 20 * found.same_place
        + 10 * (found.organiser == "same")
        + {"same": 10, "slip": 5, "near": 0, "day": 0}[found.time]
        + 5 * found.same_commune
        + 5 * same_host
        + 10 * length_same
        # A copy online that the same source lists online too is that listing, not the one moved online.
        - 2 * AMBIGUITY_MARGIN * found.moved_online
        # A town named for its neighbour: the named town's own event, if as close, is the partner.
        - 2 * AMBIGUITY_MARGIN * found.nearby
    )


# Words of titles that say when or how an event happens, not what it is about: not a subject two titles share
# (« Soirée-débat : l'économie sociale » / « Ciné-débat : Le Potager de mon grand-père »).
_EVENT_WORDS = frozenset("debat soiree journee matinee".split())


@functools.lru_cache(maxsize=1 << 16)
def _subject(core: str) -> str:
    """A title core without the words naming the event's format (see _FORMATS) or its moment (_EVENT_WORDS)."""
    return " ".join(w for w in core.split() if _stem(w) not in _FORMAT_OF and w not in _EVENT_WORDS)


def _two_subjects(a: str, b: str) -> bool:
    """Whether two title cores each name a subject beyond their formats (_subject) and share no word of it."""
    subject_a, subject_b = _subject(a), _subject(b)
    return bool(subject_a and subject_b) and not shares_a_word(subject_a, subject_b)


# Words that say the Mois de l'ESS itself, not what one of its events is about (« Marché de créateurs solidaires » /
# « Formation la solidarité internationale »).
_ESS_WORDS = frozenset("solidaire solidaires solidarite solidarites economie economies sociale social sociaux "
                       "acteur acteurs actrice actrices".split())


@functools.lru_cache(maxsize=1 << 16)
def _topic(core: str) -> str:
    """A title core's subject (_subject) without the words of the ESS itself (_ESS_WORDS)."""
    return " ".join(w for w in _subject(core).split() if w not in _ESS_WORDS)


def _venue_in_both_titles(a: _Record, b: _Record) -> bool:
    """Whether both titles name a venue one of the records gives (all the significant words of its name, two
    words or more, or one of seven letters or more: see _named_in_title)."""
    return any(
        venue and _named_in_title(venue, "", a.title) and _named_in_title(venue, "", b.title)
        for venue in {a.venue, b.venue}
    )


def _share_a_subject(
    a: str, b: str, formats_a: frozenset[str], formats_b: frozenset[str], same_words: bool = False
) -> bool:
    """Whether two title cores share a word beyond their formats, or name the same formats (« Rencontre
    autour des énergies citoyennes » / « Conférence-débat : la transition énergétique »): not only one format
    of several (« Atelier la finance solidaire » / « Atelier d'autoréparation vélo »). `same_words`: the formats
    must be named by the same words once taken to their lemma, not only by formats of one group (« Forum ouvert
    sur les tiers-lieux » and « Village de Noël solidaire » are two fairs)."""
    subject_a, subject_b = _subject(a), _subject(b)
    if subject_a and subject_b and shares_a_word(subject_a, subject_b):
        return True
    if same_words:
        return bool(formats_a) and _format_words(a) == _format_words(b)
    return bool(formats_a) and formats_a == formats_b


def _subject_within(a: str, b: str) -> bool:
    """Whether the subject (see _subject) of one title core is all in the other's, word by word (a word begun or
    mistyped counts, see _word_in): « flash budget participatif » holds « budget participatif »; « ecriture mobilite
    inclusive » and « agora acteur mobilite inclusive » each have a word of their own."""
    words_a, words_b = _subject(a).split(), _subject(b).split()
    shorter, longer = sorted((words_a, words_b), key=len)
    return bool(shorter) and all(_word_in(word, longer) for word in shorter)


def _subject_told_by(a: _Record, b: _Record) -> bool:
    """Whether every word of the subject of `a`'s title core (see _subject) is in `b`'s, or names `b`'s venue or
    organiser, which `b`'s core leaves out (a word begun or mistyped counts, see _word_in), `a` naming none at all
    included: « Forum ESS Ardennes » against « Forum des Ardennes » at Charleville-Mézières, not « Forum ESS 85 »;
    « Portes ouvertes Ressourcerie » against the open day of the « Ressourcerie » venue."""
    words = [*_subject(b.core).split(), *b.venue.split(), *b.organiser.split()]
    return all(_word_in(word, words) for word in _subject(a.core).split())


def _shape_alone_in_common(a: str, b: str, formats_a: frozenset[str], formats_b: frozenset[str]) -> bool:
    """Whether two title cores that each name a subject share no word of it, and no format but shapes (_SHAPES:
    « Atelier de sensibilisation au compostage » / « Atelier de sensibilisation à la rénovation des copropriétés »)."""
    subject_a, subject_b = _subject(a), _subject(b)
    shared = formats_a & formats_b
    return bool(subject_a and subject_b and shared) and shared <= _SHAPES and not shares_a_word(subject_a, subject_b)


@functools.lru_cache(maxsize=1 << 16)
def _format_words(core: str) -> frozenset[str]:
    """The words of a title core that name a format (see _FORMATS), as the core writes them (lemmas)."""
    return frozenset(w for w in core.split() if _stem(w) in _FORMAT_OF)


def title_similarity(a: _Record, b: _Record) -> float:
    """max(token_sort_ratio, token_set_ratio - 5) of the title cores (a title contained in a longer one
    counts, slightly less; see _cores_compared), or of the whole title keys less 10 (the venue's or the organiser's
    name is sometimes what two titles share: « Visite de X » / « Portes ouvertes à X »)."""
    cores = _similarity(*_cores_compared(a, b))
    if cores >= 100 or a.title == a.core and b.title == b.core:
        return cores
    return max(cores, _similarity(a.whole or a.title, b.whole or b.title) - 10)


@functools.lru_cache(maxsize=1 << 16)
def _contracted(a: str, b: str) -> tuple[str, str]:
    """Two title cores with the words one spells out as an acronym of the other replaced by that acronym
    (« scic » / « societe cooperative interet collectif »)."""
    return _contract(a.split(), b.split()), _contract(b.split(), a.split())


CUT_WORD_MIN = 4  # letters the last word of a title cut short keeps at least to be read as the word it begins
# Characters a title key has at least for its last word to be read as cut short: a length limit cuts long titles only
# (a short title ending with a word that begins a longer one, « Atelier bois » / « Atelier boissons », is whole).
CUT_TITLE_MIN = 25


@functools.lru_cache(maxsize=1 << 16)
def _completed(a: str, b: str, cut_a: bool = True, cut_b: bool = True) -> tuple[str, str]:
    """Two title cores sharing a word, the last word of either that may be cut short (`cut_a`, `cut_b`: its title key
    has CUT_TITLE_MIN characters or more) written as the word of the other it begins, when it is the only one and the
    other lacks it (CUT_WORD_MIN letters or more): a spreadsheet's cell or a form's length limit cuts « Soirée partage
    : les épiceries itinérantes » to « … les épic », and token ratios count « epic » as a word of its own. Titles
    sharing no word are left as they are."""
    words_a, words_b = a.split(), b.split()
    if a == b or set(words_a).isdisjoint(words_b):
        return a, b
    return (
        " ".join(_complete(words_a, words_b)) if cut_a else a,
        " ".join(_complete(words_b, words_a)) if cut_b else b,
    )


def _complete(words: list[str], others: list[str]) -> list[str]:
    """`words` with its last word written as the only word of `others` it begins, if `others` lack it (_completed)."""
    last = words[-1]
    if len(last) < CUT_WORD_MIN or last in others:
        return words
    begun = {w for w in others if len(w) > len(last) and w.startswith(last) and w not in words}
    return [*words[:-1], begun.pop()] if len(begun) == 1 else words


def _cores_compared(a: _Record, b: _Record, contract: bool = True) -> tuple[str, str]:
    """The two title cores title_similarity compares: acronyms contracted (_contracted), a word cut short completed
    (_completed)."""
    cores = _contracted(a.core, b.core) if contract else (a.core, b.core)
    return _completed(*cores, len(a.title) >= CUT_TITLE_MIN, len(b.title) >= CUT_TITLE_MIN)


def _contract(words: list[str], acronyms: list[str]) -> str:
    short = {w for w in acronyms if 3 <= len(w) <= 6}
    for n in range(6, 2, -1):
        i = 0
        while i + n <= len(words):
            initials_ = "".join(w[0] for w in words[i : i + n])
            if initials_ in short and initials_ not in words:
                words = [*words[:i], initials_, *words[i + n :]]
            i += 1
    return " ".join(words)


def _similarity(a: str, b: str) -> float:
    """max(token_sort_ratio, token_set_ratio - 5); a one-word text is not "contained" in a longer one (« visite »
    is in every « Visite de X »)."""
    sort = fuzz.token_sort_ratio(a, b)
    if " " not in a or " " not in b:
        return sort
    return max(sort, fuzz.token_set_ratio(a, b) - 5)


def title_similarities(firsts: list[_Record], seconds: list[_Record]) -> np.ndarray:
    """title_similarity of each pair (firsts[k], seconds[k]), the ratios computed by rapidfuzz in one call
    per scorer over all the pairs."""
    if not firsts:
        return np.zeros(0)
    cores = [
        _cores_compared(a, b, _may_contract(a.core, b.core)) for a, b in zip(firsts, seconds, strict=True)
    ]
    similarity = _similarities([c[0] for c in cores], [c[1] for c in cores])
    plain = np.array([a.title == a.core and b.title == b.core for a, b in zip(firsts, seconds, strict=True)])
    # The whole titles are compared only where the cores leave it open (see title_similarity).
    open_ = np.flatnonzero(~((similarity >= 100) | plain)).tolist()
    if open_:
        whole = _similarities([firsts[k].whole or firsts[k].title for k in open_],
                              [seconds[k].whole or seconds[k].title for k in open_]) - 10
        similarity[open_] = np.maximum(similarity[open_], whole)
    return similarity


def _similarities(firsts: list[str], seconds: list[str]) -> np.ndarray:
    """_similarity of each pair of texts, vectorised."""
    sort = process.cpdist(firsts, seconds, scorer=fuzz.token_sort_ratio, dtype=np.float64)
    contained = process.cpdist(firsts, seconds, scorer=fuzz.token_set_ratio, dtype=np.float64) - 5
    several = np.array([" " in a and " " in b for a, b in zip(firsts, seconds, strict=True)])
    return np.where(several, np.maximum(sort, contained), sort)


@functools.lru_cache(maxsize=1 << 16)
def _acronym_parts(core: str) -> tuple[frozenset[str], frozenset[str]]:
    """(initials of every run of 3 to 6 words, words of 3 to 6 letters) of a title core."""
    words = core.split()
    runs = frozenset("".join(w[0] for w in words[i : i + n]) for n in range(3, 7) for i in range(len(words) - n + 1))
    return runs, frozenset(w for w in words if 3 <= len(w) <= 6)


def _may_contract(a: str, b: str) -> bool:
    runs_a, short_a = _acronym_parts(a)
    runs_b, short_b = _acronym_parts(b)
    return bool(runs_a & short_b or runs_b & short_a)


class _PairMemo:
    """What the matching asks again and again of one edition's records (rows = positions in `records`, which
    no step changes once the pairs are scored): the evidence of a pair (candidate_pairs scores it, both passes of
    _drop_ambiguous and the clustering ask again), the time relation of a pair, and the sister sessions of a
    record (the same in both passes of resolve_pairs). Each is computed once, by the function that defines it."""

    def __init__(self, records: list[_Record]):
        self._records = records
        self._evidence: dict[tuple[int, int], _Evidence] = {}
        self._time: dict[tuple[int, int], str | None] = {}
        self._sisters: dict[int, list[int]] = {}
        self._days: dict[int, tuple] | None = None
        # Date-only records between sister sessions of one event, as the second pass of _drop_ambiguous finds them:
        # row -> the sessions' timed rows.
        self.between_sessions: dict[int, tuple[int, ...]] = {}

    @property
    def records(self) -> list[_Record]:
        return self._records

    def evidence(self, i: int, j: int) -> _Evidence:
        """evidence(records[i], records[j])."""
        found = self._evidence.get((i, j))
        if found is None:
            found = self._evidence[(i, j)] = evidence(self._records[i], self._records[j])
        return found

    def rescored(self, rows: set[int]) -> list[tuple[int, int]]:
        """The pairs scored so far that hold one of `rows`, their evidence forgotten (taken again on next use):
        what evidence says of them has changed."""
        found = [key for key in self._evidence if key[0] in rows or key[1] in rows]
        for key in found:
            del self._evidence[key]
        return found

    def veto(self, i: int, j: int) -> str | None:
        """vetoed(records[i], records[j])."""
        return self.evidence(i, j).veto

    def time(self, i: int, j: int) -> str | None:
        """_time_relation(records[i], records[j])."""
        key = (i, j)
        if key not in self._time:
            self._time[key] = _time_relation(self._records[i], self._records[j])
        return self._time[key]

    def sisters(self, k: int) -> list[int]:
        """The timed records of a sister session of record k's event (see _sister_sessions)."""
        found = self._sisters.get(k)
        if found is None:
            records = self._records
            if self._days is None:
                timed_by_day: dict[int, list[int]] = {}
                for record in records:
                    if record.minute is not None:
                        timed_by_day.setdefault(record.day, []).append(record.row)
                self._days = {
                    day: (np.array(rows), np.array([records[r].minute for r in rows]),
                          np.array([records[r].online for r in rows]))
                    for day, rows in timed_by_day.items()
                }
            record = records[k]
            rows, minutes, online = self._days[record.day]
            # Sessions start more than NEAR_TIME_MIN apart (see _time_relation): the rest is not looked at.
            apart = rows[(np.abs(minutes - record.minute) > NEAR_TIME_MIN) & (online == record.online)].tolist()
            apart = [other for other, may in zip(apart, _may_be_sisters(record, [records[o] for o in apart]),
                                                 strict=True) if may]
            found = self._sisters[k] = [other for other in apart if _sister_sessions(record, records[other])]
        return found


def _commune_codes(records: list[_Record]) -> np.ndarray:
    """One integer per record for the blocking: its commune when it has exactly one, else -1 (unknown)."""
    return np.array(
        [int(next(iter(r.communes)).replace("A", "0").replace("B", "1")) if len(r.communes) == 1 else -1
         for r in records],
        dtype=np.int64,
    )


BLOCKING_CANDIDATES = 4  # a record with more candidate communes is compared with every commune


def _candidate_commune_codes(records: list[_Record]) -> np.ndarray:
    """(records, BLOCKING_CANDIDATES) array of the candidate communes of each record as integers, -1 padded;
    a record without commune, or with more candidates than that, has a row of -2 (unknown: meets any)."""
    numbers: dict[str, int] = {}
    codes = np.full((len(records), BLOCKING_CANDIDATES), -1, dtype=np.int64)
    for k, record in enumerate(records):
        if not record.communes or len(record.communes) > BLOCKING_CANDIDATES:
            codes[k, :] = -2
            continue
        for position, code in enumerate(record.communes):
            codes[k, position] = numbers.setdefault(code, len(numbers))
    return codes


def _communes_apart(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Pairs (rows of _candidate_commune_codes, side by side) whose communes are known on both sides and
    share none: the « communes » veto of `evidence`, as a mask."""
    known = (first[:, 0] != -2) & (second[:, 0] != -2)
    shared = ((first[:, :, None] == second[:, None, :]) & (first[:, :, None] >= 0)).any(axis=(1, 2))
    return known & ~shared


def _times_apart(
    minutes_left: np.ndarray, minutes_right: np.ndarray, days_left: np.ndarray, days_right: np.ndarray,
    zoneless_left: np.ndarray, zoneless_right: np.ndarray, slippy_left: np.ndarray, slippy_right: np.ndarray,
    overseas_left: np.ndarray, overseas_right: np.ndarray, clock_left: np.ndarray, clock_right: np.ndarray,
    clocks: tuple | None = None,
) -> np.ndarray:
    """Pairs (left × right) whose starts cannot be one event's: where `_time_relation` is None, as a mask
    computed on arrays (NaN minutes: a date-only start; `clock_*`: the records' overseas_clock). A source's learned
    shift needs no array: a start that late is within NEAR_TIME_MIN."""
    overseas = overseas_left[:, None] | overseas_right[None, :]
    gap = np.abs(minutes_left[:, None] - minutes_right[None, :])
    hours = np.round(gap / 60)
    whole_hours = np.abs(gap - 60 * hours) <= SLIP_TOLERANCE_MIN
    slip = whole_hours & (
        (zoneless_left[:, None] | zoneless_right[None, :]) & (hours >= 1) & (hours <= MAX_SLIP_HOURS)
        | (slippy_left[:, None] | slippy_right[None, :]) & (np.abs(gap - 60) <= LEARNED_SLIP_TOLERANCE_MIN)
    )
    related = (
        (gap <= SAME_TIME_MIN) | slip | (clock_left[:, None] | clock_right[None, :]) & (gap <= OVERSEAS_TOLERANCE_MIN)
        | (gap <= NEAR_TIME_MIN)
    )
    if clocks is not None:  # _same_clock: the clocks of the left records, of the right, and per home offset the
        # records (left, right) having it among their home offsets
        wall_left, wall_right, homes = clocks
        for offset, home_left, home_right in homes:
            at_home_left = np.abs(wall_left[:, None] - offset - minutes_right[None, :]) <= SAME_TIME_MIN
            at_home_right = np.abs(wall_right[None, :] - offset - minutes_left[:, None]) <= SAME_TIME_MIN
            related |= home_left[:, None] & at_home_left | home_right[None, :] & at_home_right
    untimed = np.isnan(gap)
    same_day = (days_left[:, None] == days_right[None, :]) | overseas
    return np.where(untimed, ~same_day, ~related)


def candidate_pairs(records: list[_Record], memo: _PairMemo | None = None) -> list[tuple[float, int, int]]:
    """(score, i, j) of matching pairs (i < j); `memo` (see _PairMemo) keeps the evidence of the pairs scored.

    Blocking: the start day (and the next one for overseas places), then the commune: inside a day, a pair
    is looked at only when its sources differ, its communes can be the same (one candidate in common, or
    one side unknown: no commune or many candidates; or a town named alone and a commune of its urban
    intercommunality: see _neighbour_town), an online record does not face a located one (unless both
    name one organiser: see _moved_online), and its
    starts can be one event's (the time rules of `_time_relation`). These masks are computed on arrays;
    titles are compared and the rules applied to the few pairs left."""
    by_day: dict[int, list[_Record]] = {}
    for record in records:
        by_day.setdefault(record.day, []).append(record)
    pairs: list[tuple[float, int, int]] = []
    firsts: list[_Record] = []
    seconds: list[_Record] = []
    # The blocking values of every record, computed once; each day takes its rows.
    where = {record.row: k for k, record in enumerate(records)}
    source_codes = {name: k for k, name in enumerate(sorted({r.source for r in records}))}
    sources = np.array([source_codes[r.source] for r in records])
    communes = _commune_codes(records)
    candidates = _candidate_commune_codes(records)
    # A town named alone also meets the communes of its urban intercommunality (see _neighbour_town).
    index = _TERRITORIES_INDEX
    area_codes = {code: k for k, code in enumerate(sorted(set(index.urban_area.values())))} if index else {}
    areas = np.array([area_codes.get(index.urban_area.get(next(iter(r.communes)), ""), -1)
                      if index and len(r.communes) == 1 else -1 for r in records], dtype=np.int64)
    named_alone = np.array([r.town_only and r.street is None and len(r.communes) == 1 for r in records])
    online = np.array([r.online for r in records])
    hybrid = np.array([r.hybrid for r in records])
    # An online record faces a located one under one organiser's name only (an event moved online: _moved_online),
    organiser_codes = {name: k for k, name in enumerate(sorted({r.organiser for r in records} - {""}))}
    organisers = np.array([organiser_codes.get(r.organiser, -1) for r in records])
    organiser_initials = np.array([ord(r.organiser[0]) if r.organiser else -1 for r in records])
    minutes = np.array([np.nan if r.minute is None else r.minute for r in records])
    days = np.array([r.day for r in records])
    zoneless = np.array([r.zoneless for r in records])
    slippy = np.array([r.slippy for r in records])
    overseas = np.array([r.overseas for r in records])
    clock = np.array([r.overseas_clock for r in records])
    # A start read in Paris time by a source of one territory against one in that territory's zone (_same_clock): the
    # clocks are compared per home offset (sources' places span at most a few territories).
    home_offsets = sorted({o for r in records for o in r.home_offsets})
    homes = {o: np.array([o in r.home_offsets for r in records]) for o in home_offsets}
    walls = np.array([np.nan if r.clock is None else r.clock for r in records])
    for day in sorted(by_day):
        left = by_day[day]
        later = by_day.get(day + 1, [])
        left_overseas = any(x.overseas for x in left)
        right = left + [r for r in later if r.overseas or left_overseas]
        at_left = np.array([where[r.row] for r in left])
        at_right = np.array([where[r.row] for r in right])
        source_left, source_right = sources[at_left], sources[at_right]
        communes_left, communes_right = communes[at_left], communes[at_right]
        online_left, online_right = online[at_left], online[at_right]
        hybrid_left, hybrid_right = hybrid[at_left], hybrid[at_right]
        organisers_left, organisers_right = organisers[at_left], organisers[at_right]
        # or at one minute under names of one initial (« MDA Saint-Étienne » / « Maison des associations de … »)
        one_organiser = (organisers_left[:, None] >= 0) & (organisers_right[None, :] >= 0) & (
            (organisers_left[:, None] == organisers_right[None, :])
            | (minutes[at_left][:, None] == minutes[at_right][None, :])
            & (organiser_initials[at_left][:, None] == organiser_initials[at_right][None, :]))
        neighbours = (areas[at_left][:, None] >= 0) & (areas[at_left][:, None] == areas[at_right][None, :]) & (
            named_alone[at_left][:, None] | named_alone[at_right][None, :])
        keep = (
            (source_left[:, None] != source_right[None, :])
            & (np.arange(len(left))[:, None] < np.arange(len(right))[None, :])
            & (
                (communes_left[:, None] < 0) | (communes_right[None, :] < 0)
                | (communes_left[:, None] == communes_right[None, :])
                | neighbours
            )
            & ~(online_left[:, None] & (communes_right[None, :] >= 0) & ~hybrid_right[None, :] & ~one_organiser)
            & ~(online_right[None, :] & (communes_left[:, None] >= 0) & ~hybrid_left[:, None] & ~one_organiser)
            & ~_times_apart(
                minutes[at_left], minutes[at_right], days[at_left], days[at_right], zoneless[at_left],
                zoneless[at_right], slippy[at_left], slippy[at_right], overseas[at_left], overseas[at_right],
                clock[at_left], clock[at_right],
                (walls[at_left], walls[at_right], [(o, home[at_left], home[at_right]) for o, home in homes.items()]),
            )
        )
        rows, columns = np.nonzero(keep)
        # Records with several candidate communes (a name without postal code) meet only those they share one with.
        close = ~_communes_apart(candidates[at_left[rows]], candidates[at_right[columns]]) | neighbours[rows, columns]
        rows, columns = rows[close], columns[close]
        firsts += [left[i] for i in rows.tolist()]
        seconds += [right[j] for j in columns.tolist()]
    titles = title_similarities(firsts, seconds)
    alliances = frozenset(_learn_alliances(firsts, seconds, titles))
    umbrellas = _umbrellas(alliances)
    day_umbrellas = _umbrellas(alliances | _learn_day_credits(firsts, seconds, titles))
    for record in records:
        record.alliances = alliances
        record.umbrellas = umbrellas
        record.day_umbrellas = day_umbrellas
    memo = memo or _PairMemo(records)
    described = np.array([bool(a.described and b.described) for a, b in zip(firsts, seconds, strict=True)], dtype=bool)
    for k in np.nonzero((titles >= TITLE_FLOOR) | described)[0].tolist():
        a, b = firsts[k], seconds[k]
        title = evidence_title(a, b, float(titles[k])) if described[k] else float(titles[k])
        if title < TITLE_FLOOR:
            continue
        value = score(a, b, title, memo.evidence(a.row, b.row))
        if value is not None:
            pairs.append((value, min(a.row, b.row), max(a.row, b.row)))
    return pairs


def _drop_ambiguous(
    pairs: list[tuple[float, int, int]], records: list[_Record], events: list[list[int]] | None = None,
    memo: _PairMemo | None = None,
) -> list[tuple[float, int, int]]:
    """Pairs whose records have no rival of nearly the same score in the other record's source: a record
    with two plausible partners in one source is merged with neither. A rival that agrees less precisely on
    the start (a date-only record against one at the same minute) does not count unless it scores clearly
    higher: a second session of a workshop the same day, listed without its time, does not hide the first.
    A rival whose event already holds a record of the record's source is no rival (a source lists an event
    once), nor is one matched at the same time to a record that cannot be in the record's event. A date-only
    record is not merged with a timed one when the event has a sister session it cannot be told from (see
    _sister_sessions), nor when the event already holds a record of its source.

    `events`: groups a first pass found (see resolve_pairs); a record's event is then its group as well as the
    records it matched at the same time, so that a rival assigned to another event in that pass (one that
    holds a record of the same source, or one that cannot be this record's) is no rival: the one-to-one
    assignment a careful reader makes across sources. `memo`: see _PairMemo."""
    memo = memo or _PairMemo(records)
    veto = memo.veto  # vetoed() of two rows
    precision = {"same": 2, "slip": 2, "near": 1, "day": 0}  # a slip explained by a time zone is as good
    # A town named for its neighbour (see _neighbour_town) is no link at the same time: the event of the town it
    # names keeps its own partners.
    rank = {(i, j): min(precision[memo.time(i, j) or "day"], 1 if memo.evidence(i, j).nearby else 2)
            for _, i, j in pairs}
    best: dict[tuple[int, str], list[tuple[float, int, int]]] = {}
    for value, i, j in pairs:
        best.setdefault((i, records[j].source), []).append((value, rank[(i, j)], j))
        best.setdefault((j, records[i].source), []).append((value, rank[(i, j)], i))

    links: dict[int, set[int]] = {}  # timed records matched at the same time (or a zone slip): one event
    for _, i, j in pairs:
        if rank[(i, j)] == 2:
            links.setdefault(i, set()).add(j)
            links.setdefault(j, set()).add(i)
    for group in events or ():
        for k in group:
            links.setdefault(k, set()).update(m for m in group if m != k)
    link_sources: dict[int, dict[str, int]] = {}  # how many records of each source an event's links hold
    for k, linked in links.items():
        counts = link_sources[k] = {}
        for m in linked:
            counts[records[m].source] = counts.get(records[m].source, 0) + 1

    def taken(row: int, other: int) -> bool:
        """Whether the event of `other` has a record of `row`'s source already (a source lists an event once)."""
        source = records[row].source
        if records[other].source == source:
            return True
        count = link_sources.get(other, {}).get(source, 0)
        return count > 1 or count == 1 and row not in links[other]

    def excluded(row: int, other: int) -> bool:
        """Whether `other` is matched at the same time (or a zone slip) to a record that cannot be in `row`'s event
        (their pair is vetoed): `other` belongs to another event."""
        return any(m != row and veto(row, m) for m in links.get(other, ()))

    rival_memo: dict[tuple[int, int], bool] = {}

    def rival(row: int, other: int) -> bool:
        """Whether `other` can be `row`'s partner: its event holds no record of `row`'s source, nor a record that
        cannot be in `row`'s event. Asked once per pair of rows (rivals are asked about for every pair they face)."""
        found = rival_memo.get((row, other))
        if found is None:
            found = rival_memo[(row, other)] = not taken(row, other) and not excluded(row, other)
        return found

    # For each record and other source, the two best rivals at each level of precision or better, so that asking
    # whether a pair has a rival costs the same however many records that source matches with the record (a feed
    # listing hundreds of records in one town one day).
    rival_tops: dict[tuple[int, str], list[list[tuple[float, int]]]] = {}

    def tops_of(record: int, source: str) -> list[list[tuple[float, int]]]:
        tops = rival_tops.get((record, source))
        if tops is None:
            tops = rival_tops[(record, source)] = [[], [], []]
            for v, lv, k in best[(record, source)]:
                if rival(record, k):
                    for level in range(lv + 1):
                        tops[level] = sorted([*tops[level], (v, k)], reverse=True)[:2]
        return tops

    def clear(record: int, other: int, value: float, level: int) -> bool:
        """Whether no rival of `other` in its source beats it as `record`'s partner: none scores over AMBIGUITY_MARGIN
        higher, nor within that margin at a start as precise (see `precision`) or more."""
        tops = tops_of(record, records[other].source)
        best_any = next((v for v, k in tops[0] if k != other), None)
        best_as_precise = next((v for v, k in tops[level] if k != other), None)
        return not (best_any is not None and best_any > value + AMBIGUITY_MARGIN
                    or best_as_precise is not None and best_as_precise >= value - AMBIGUITY_MARGIN)

    kept = [(v, i, j) for v, i, j in pairs if clear(i, j, v, rank[(i, j)]) and clear(j, i, v, rank[(i, j)])]
    # Across sources too: a record whose two best partners are two different events (their pair is vetoed)
    # and score alike cannot tell which one it is (« Repair café », Rennes, 14 h, in two places that day).
    # Every plausible partner counts, also those dropped above for a rival in their own source; but not an
    # event that already has a record of this one's source.
    partners: dict[int, list[tuple[float, int, int]]] = {}
    for value, i, j in pairs:
        partners.setdefault(i, []).append((value, rank[(i, j)], j))
        partners.setdefault(j, []).append((value, rank[(i, j)], i))
    sisters = memo.sisters
    torn, sessions_apart = set(), set()
    listings_of: dict[int, frozenset[int]] = {}  # see _torn_in_a_source
    for row, found in partners.items():
        found = sorted((entry for entry in found if rival(row, entry[2])), reverse=True)
        if not found:
            continue
        best_value, best_level, best_other = found[0]
        listings = _torn_in_a_source(row, found, memo, best_value)
        if listings:
            listings_of[row] = listings
        is_torn = any(
            value >= best_value - AMBIGUITY_MARGIN and level >= best_level
            and records[other].source != records[best_other].source
            and veto(best_other, other) and not _credited_through(memo, best_other, other, row)
            for value, level, other in found[1:]
        )
        if is_torn:
            torn.add(row)
        if records[row].minute is None:
            between = {
                session
                for k in _event_of([other for _, _, other in found], records, links)
                for sister in sisters(k) if not taken(row, k) and not taken(row, sister)
                and memo.time(row, sister) is not None  # a session in the part of the day it names, if it names one
                for session in (k, sister)
            }
            if between and not is_torn:
                sessions_apart.add(row)
            if between and events is not None:
                # Torn between two events that are sessions of one (their records alone score near the best): a copy
                # of one of those sessions as well.
                sessions = between | {m for k in between for m in links.get(k, ())}
                if not is_torn or all(other in sessions for value, _, other in found
                                      if value >= best_value - AMBIGUITY_MARGIN):
                    memo.between_sessions[row] = tuple(sorted(between))

    def undecided(i: int, j: int) -> bool:
        """A date-only record against a timed one: it is between two sessions, or the timed record's event has
        a timed record of its source already (the date-only one is then another event, or another session)."""
        for day_only, timed in ((i, j), (j, i)):
            if records[day_only].minute is None and records[timed].minute is not None and (
                day_only in sessions_apart or taken(day_only, timed)
            ):
                return True
        return False

    kept = [(v, i, j) for v, i, j in kept if i not in torn and j not in torn and not undecided(i, j)]
    return _apart_from_listings(kept, listings_of, records) if listings_of else kept


def _torn_in_a_source(row: int, found: list[tuple[float, int, int]], memo: _PairMemo,
                      best_value: float) -> frozenset[int]:
    """The records of one source among the best partners of record `row` (`found`: (score, precision, row) of its
    rivals, best first) that score alike near the best at the same time relation to it: two listings it cannot tell
    apart (« Repair café », Rennes, 14 h, at two venues by two organisers, an iCalendar giving the town alone an hour
    later; or a workshop listed at 14 h and again without a time, a copy without a time elsewhere); empty when there
    are none. One at its very minute and one an hour off are told apart by their starts."""
    records = memo.records
    top: dict[str, tuple[float, str | None, int]] = {}
    for value, _, other in found:
        if value < best_value - AMBIGUITY_MARGIN:
            break
        source, time = records[other].source, memo.time(row, other)
        if source not in top:
            top[source] = (value, time, other)
        elif value >= top[source][0] - AMBIGUITY_MARGIN and time == top[source][1]:
            return frozenset((top[source][2], other))
    return frozenset()


def _apart_from_listings(pairs: list[tuple[float, int, int]], listings_of: dict[int, frozenset[int]],
                         records: list[_Record]) -> list[tuple[float, int, int]]:
    """`pairs` without those that would join a record to the event of a listing it is torn between (`listings_of`:
    see _torn_in_a_source) through another record: a third source's copy of one of them, no closer to the record,
    does not say which one it is. Two records torn between the same two listings at one start (an event a source
    lists twice) still make one event together; not between two starts (two sessions: each may be a copy of
    another one)."""
    parent: dict[int, int] = {}

    def root(k: int) -> int:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for _, i, j in pairs:  # the events the other pairs make
        if i not in listings_of and j not in listings_of:
            parent[root(i)] = root(j)
    listing_events = {row: {root(k) for k in listings} for row, listings in listings_of.items()}

    def joins_a_listing(row: int, other: int) -> bool:
        events = listing_events.get(row)
        return events is not None and root(other) in events

    def two_sessions_apart(i: int, j: int) -> bool:
        listings = listings_of.get(i)
        return listings is not None and listings == listings_of.get(j) and (
            len({records[k].minute for k in listings}) > 1)

    return [(v, i, j) for v, i, j in pairs
            if not joins_a_listing(i, j) and not joins_a_listing(j, i) and not two_sessions_apart(i, j)]


def _place_rooms(
    pairs: list[tuple[float, int, int]], records: list[_Record], memo: _PairMemo
) -> list[tuple[float, int, int]]:
    """The matching pairs once the rooms nothing places (see _resolve_streets) are put in their venue where the
    edition shows it: every pair that matches such a room, at the same start or a time zone's slip, with a record
    giving a street gives the same street (« Salle Vilaine, Rennes » matched to « Maison des Initiatives, 102 allée
    de la Liberté » by the same title): the room's other records are then at that venue too, against a record
    there (see _room_inside). A room name matched at two streets (two buildings with a « Salle 1 ») stays unknown."""
    streets: dict[tuple[str, frozenset], set] = {}
    for _, i, j in pairs:
        room, other = (records[i], records[j]) if records[i].unplaced else (records[j], records[i])
        if room.unplaced and other.street is not None and memo.evidence(i, j).time in ("same", "slip"):
            streets.setdefault((room.venue, room.communes), set()).add(other.street)
    placed = set()
    for record in records:
        found = streets.get((record.venue, record.communes)) if record.unplaced else None
        if found is not None and len(found) == 1:
            record.room_street = next(iter(found))
            placed.add(record.row)
    if not placed:
        return pairs
    again = set(memo.rescored(placed))
    kept = [(v, i, j) for v, i, j in pairs if (i, j) not in again and (j, i) not in again]
    for i, j in again:
        a, b = records[i], records[j]
        value = score(a, b, evidence_title(a, b, title_similarity(a, b)), memo.evidence(i, j))
        if value is not None:
            kept.append((value, min(i, j), max(i, j)))
    return kept


def resolve_pairs(
    pairs: list[tuple[float, int, int]], records: list[_Record], memo: _PairMemo | None = None
) -> list[tuple[float, int, int]]:
    """The matching pairs kept (see _drop_ambiguous), in two passes: the second knows which event each record
    joined in the first, so a record torn between two partners of one source keeps the one whose rival went to
    another event (a session its source lists apart, an event it cannot be in). `memo`: see _PairMemo."""
    memo = memo or _PairMemo(records)
    first = _drop_ambiguous(pairs, records, memo=memo)
    return _drop_ambiguous(pairs, records, cluster(records, first, memo), memo)


def _event_of(partners: list[int], records: list[_Record], links: dict[int, set[int]]) -> set[int]:
    """The timed records among `partners` and those they matched at the same time (`links`): the event (or
    events) a date-only record matched. A date-only record is not merged into an event that has a sister
    session the same day (see _sister_sessions) neither of which holds a record of its source: the record has
    nothing to choose between them, whatever its scores (a meeting link, a venue, a wording are shared by both
    sessions)."""
    members = {k for k in partners if records[k].minute is not None}
    for k in list(members):
        members |= {m for m in links.get(k, ()) if records[m].minute is not None}
    return members


def _may_be_sisters(record: _Record, others: list[_Record]) -> list[bool]:
    """For each of `others`, whether it may be a sister session of `record` (see _sister_sessions): False only
    where _sister_sessions is False. Two sessions on site share their street or a venue of close name, its
    first test; the venues are scored in one call, so the other records of the day cost nothing more."""
    if record.online or not others:
        return [True] * len(others)
    close = (
        process.cdist([record.venue], [other.venue for other in others], scorer=fuzz.token_set_ratio,
                      dtype=np.float64)[0] >= VENUE_SAME
        if record.venue else np.zeros(len(others), dtype=bool)
    )
    return [
        near or record.street is not None and other.street == record.street
        for other, near in zip(others, close.tolist(), strict=True)
    ]

def _sister_sessions(a: _Record, b: _Record) -> bool:
    """Two timed records of two sessions of one event: the same title the same day hours apart, at the same
    venue or street (or online with the same meeting link, or online by the same organiser), by an organiser
    that does not differ."""
    if _time_relation(a, b) is not None or a.online != b.online:
        return False
    if a.online:
        organisers = _organiser_relation(a, b)
        together = (bool(a.link) and a.link == b.link) or organisers == "same"
        return together and organisers != "other" and title_similarity(a, b) >= TITLE_STRONG
    together = (a.street is not None and a.street == b.street) or (
        bool(a.venue) and bool(b.venue) and fuzz.token_set_ratio(a.venue, b.venue) >= VENUE_SAME
        and not _venues_differ(a.venue, b.venue)
    )
    return (
        together and not (a.communes and b.communes and not a.communes & b.communes)
        and _organiser_relation(a, b) != "other" and title_similarity(a, b) >= TITLE_STRONG
    )


def _third_evidence(memo: _PairMemo, a: int, b: int, c: int, veto: str | None) -> tuple | None:
    """(evidence of c with a, evidence of c with b) when `veto` is what parts a and b (None: no veto) and c is vetoed
    by neither."""
    if memo.veto(a, b) != veto:
        return None
    with_a, with_b = memo.evidence(c, a), memo.evidence(c, b)
    return None if with_a.veto or with_b.veto else (with_a, with_b)


def _credited_through(memo: _PairMemo, a: int, b: int, c: int) -> bool:
    """Whether the organisers that part records a and b (the « organisateurs » veto) are the two names a third
    record c is one event with: c credits one of them (the same organiser) and matches the other at one time (a
    minute, or a time zone's slip) at the street both give, where evidence let the other name pass (a network
    credited instead of its member, the same title at one street). The names differ as c's two copies' do, no
    more: one event. Online, a second meeting of that title at that time has no street to tell it apart."""
    found = _third_evidence(memo, a, b, c, "organisateurs")
    if found is None:
        return False
    records, with_a, with_b = memo.records, *found

    def excused(other: int, found: _Evidence) -> bool:
        # c's organiser unknown against the other's, or the same (« Union régionale des Scop et Scic d'Occitanie »,
        # the same as « Les Scop Occitanie » and as « URSCOP », which the two others do not read as one)
        street = records[c].street
        return found.organiser != "other" and found.time in ("same", "slip") and street is not None and (
            street == records[other].street
        )

    return with_a.organiser == "same" and excused(b, with_b) or with_b.organiser == "same" and excused(a, with_a)


def _co_organised_through(memo: _PairMemo, a: int, b: int, c: int) -> bool:
    """Whether the organisers that part records a and b (the « organisateurs » veto) are two co-organisers a third
    record c, one event with both, credits together: « Mission locale du Mâconnais et Pôle emploi Mâcon » against
    « Pôle emploi Mâcon » and « Mission Locale », each source naming one of them. Each name holds two significant
    words or more, all of them in c's, or an acronym spelling the start of one of c's names and the rest of its words
    in that name (« LMA Grand Est » in « Le Mouvement associatif Grand Est et Ville de Metz »); and neither name holds
    the other's."""
    if _third_evidence(memo, a, b, c, "organisateurs") is None:
        return False
    records = memo.records
    together = set(records[c].organiser.split())
    names = [set(records[k].organiser.split()) - _STOPWORDS for k in (a, b)]
    return all(len(name) >= 2 and name <= together or _acronym_in_names(records[k].organiser, records[c].organiser)
               for name, k in zip(names, (a, b), strict=True)) and not (names[0] <= names[1] or names[1] <= names[0])


_CO_ORGANISERS_SPLIT = re.compile(r" (?:et|avec) | ?[,/&+] ?")


def _acronym_in_names(name: str, credited: str) -> bool:
    """Whether a folded organiser name is an acronym and words (« lma grand est ») that one of the co-organisers a
    folded `credited` names spells out and holds (« le mouvement associatif grand est et ville de metz »)."""
    acronym, _, rest = name.partition(" ")
    words = set(rest.split()) - _STOPWORDS
    for part in _CO_ORGANISERS_SPLIT.split(credited):
        part_words = part.split()
        if any(spells_out(acronym, " ".join(part_words[:cut])) and words <= set(part_words[cut:])
               for cut in range(2, len(part_words) + 1)):
            return True
    return False


def _timed_through(memo: _PairMemo, a: int, b: int, c: int) -> bool:
    """Whether the starts that part records a and b (the « horaires » veto) are the two a third record c is one event
    with: c matches one of them at the doors' opening or a few minutes off, a start rounded (see _welcome, at the same
    place; not at the very minute, where the hour between that one and the other is an hour between two listings, one of
    which does not slip) and the other at a time zone's slip (a whole hour), or at the same start once the hour its
    source is learned to be late is taken off (see _start_gap: an hour apart as written). The gap between a and b is
    then the two differences added (a listing giving the doors' opening at 11 h 45, the talk's start at 12 h 20, an
    iCalendar writing it 13 h 20): one event, when a and b agree on all else and do not name two organisers (their
    minutes made one, the same title at one street would excuse them: see evidence). The same when the two starts are
    close enough not to be vetoed but too far apart for a welcome time alone (see _apart): 1 h 30, half an hour's
    welcome and an hour's slip."""
    found = _third_evidence(memo, a, b, c, "horaires") or (
        _third_evidence(memo, a, b, c, None) if memo.time(a, b) == "near" else None
    )
    if found is None:
        return False
    records, with_a, with_b = memo.records, *found

    def doors(other: int, found: _Evidence) -> bool:
        return found.same_place and _welcome(records[c], records[other]) and (
            found.time == "near" or found.time == "same" and records[c].minute != records[other].minute
        )

    def slipped(other: int, found: _Evidence) -> bool:
        # A time zone's slip, or a source's learned hour late taken off (see _start_gap): an hour apart as written.
        return found.time == "slip" or found.time == "same" and abs(
            abs(records[c].minute - records[other].minute) - 60) <= LEARNED_SLIP_TOLERANCE_MIN

    if not (doors(a, with_a) and slipped(b, with_b) or doors(b, with_b) and slipped(a, with_a)):
        return False
    first, second = records[a], records[b]
    return _organiser_relation(first, second) != "other" and evidence(
        first, dataclasses.replace(second, minute=first.minute, end=None)
    ).veto is None


def _welcomed_through(memo: _PairMemo, a: int, b: int, c: int, matched: set[tuple[int, int]]) -> bool:
    """Whether the starts that part records a and b (up to NEAR_TIME_MIN apart, their pair not matched: see _apart)
    are the two a third record c is one event with: c starts when one of them starts and matched the other directly,
    that one giving the doors' opening (see _welcome) on site; and the two would match at one start. The gap between
    a and b is then the one c's pair was matched at, a copy at c's start would have said the rest (an iCalendar's
    « accueil à 13 h 30 » in « Salle de l'étage, Grenoble » matched to the platform's 14 h at the venue, the agenda's
    14 h at the venue's street joining them). Not online: a second meeting of the organiser at that hour has no place
    to tell it apart."""
    if memo.time(a, b) != "near" or memo.veto(a, b):
        return False
    records = memo.records
    for first, second in ((a, b), (b, a)):
        if memo.time(c, second) == "same" and memo.time(first, c) == "near" and (
            (min(first, c), max(first, c)) in matched
        ) and _welcome(records[first], records[c]) and not (records[first].online or records[c].online):
            one, other = records[first], records[second]
            moved = dataclasses.replace(other, minute=one.minute, end=None)
            found = evidence(one, moved)
            if not found.veto and score(one, moved, evidence_title(one, moved, title_similarity(one, moved)),
                                        found) is not None:
                return True
    return False


def _network_credited(memo: _PairMemo, a: int, b: int) -> bool:
    """Whether records a and b are parted by their organisers alone (the « organisateurs » veto; nothing else apart,
    their starts one event's) and one of the names is a network's (see _network_name): two copies of the groups a
    matched pair joins, one crediting the network instead of its member, do not keep that pair's groups apart. Not
    online: without a street, a second meeting of that title that day cannot be told apart."""
    if memo.veto(a, b) != "organisateurs":
        return False
    records = memo.records
    first, second = records[a], records[b]
    if not _network_in(first, second):
        return False
    found = evidence(first, second, organisers=False)
    return found.veto is None and found.time in ("same", "slip", "day") and not found.both_online


def _apart(a: _Record, b: _Record, matched: set[tuple[int, int]], found: _Evidence | None = None) -> bool:
    """Whether two records cannot share a group: a veto, or starts that differ (beyond a rounding or a time
    zone slip) without the pair itself having matched, unless they are at most WELCOME_MIN apart at one venue or
    street (the doors' opening against the start, see _welcome: a third copy joins them). `found`: evidence(a, b),
    when the caller has it."""
    found = found or evidence(a, b)
    return bool(found.veto) or found.time == "near" and (min(a.row, b.row), max(a.row, b.row)) not in matched and (
        not (_welcome(a, b) and found.same_place)
    )




def _homes(groups: list[list[int]]) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Each grouped row's group, named by its first row, and each group's rows by that name: the books _attach_days
    and _attach_rescheduled keep while they join groups (a row in no group is its own)."""
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for group in groups:
        for k in group:
            group_of[k] = group[0]
        members[group[0]] = list(group)
    return group_of, members


def _attach_days(records: list[_Record], groups: list[list[int]], memo: _PairMemo) -> list[list[int]]:
    """The groups with the day-by-day listings of an event over several days joined to it. A record whose end is
    one to MULTI_DAY_MAX days after its start (a forum listed once, « 15 to 17 November ») is the event of the
    records of other sources on each later day of its span that match it as if it started that day (score, the same
    title (TITLE_STRONG) and the same place or commune): one VEVENT a day in an iCalendar, one row a day in a
    spreadsheet. Such a record's source lists the event once; the others list it once a day, so a group then holds
    one record of a source per day. Nothing is joined that a source lists twice that day (two plausible partners),
    that two such events claim, or whose group holds a record vetoed against a record of the same day. A longer span
    (an exhibition over the month) meets only the spans of other sources that start on one of its days (the same
    exhibition listed from its opening night, or from the day a source began listing it), not a listing of one day:
    the sessions a workshop holds every Saturday are its own events; except an exhibition's day, both titles naming an
    exhibition alone (_exhibition_day), at its place, at its daily opening hour or without one, under its title or by
    its organiser under one sharing a word of its subject. A span's group lends its span to its copies of
    the first day that give no end, in other sources (a title or a place the span's record words otherwise)."""
    spans = [r for r in records if r.last_day > r.day and not r.online]
    if not spans:
        return groups
    # The records of other sources a span's group holds on its first day, without an end, stand for the event over
    # its days too: a source giving the span may word its title or place its own way, where the platform's copy of
    # the first day gives them as the day listings do.
    origin: dict[int, int] = {}  # row of a record standing for a span -> the span's row
    spanning = {r.row: r for r in spans if r.last_day - r.day <= MULTI_DAY_MAX}
    for group in groups:
        owned = [spanning[k] for k in group if k in spanning]
        if len(owned) != 1:
            continue
        for k in group:
            member = records[k]
            if (member.last_day < 0 and member.day == owned[0].day and not member.online
                    and member.source != owned[0].source):
                spans.append(dataclasses.replace(member, last_day=owned[0].last_day))
                origin[k] = owned[0].row
    by_day: dict[int, list[_Record]] = {}
    for record in records:
        by_day.setdefault(record.day, []).append(record)
    homes = _homes(groups)
    claims: dict[int, set[int]] = {}  # row of a day listing -> rows of the spans it matches
    loose: set[tuple[int, int]] = set()  # (day listing, span) matched by place and clock alone, the title loose
    covering: dict[int, list[_Record]] = {}  # day -> the spans over it, their first day aside
    for span in spans:
        for day in range(span.day + 1, span.last_day + 1):
            covering.setdefault(day, []).append(span)
    for day, over in sorted(covering.items()):
        listed = [other for other in by_day.get(day, ()) if not other.online]
        in_commune: dict[str, list[_Record]] = {}  # commune -> the day's records that may be there
        nowhere = []  # the day's records without a commune
        for other in listed:
            for code in other.communes:
                in_commune.setdefault(code, []).append(other)
            if not other.communes:
                nowhere.append(other)
        spans_of, others_of = [], []
        for span in over:
            if span.communes:
                around = {o.row: o for code in span.communes for o in in_commune.get(code, ())}
                candidates = nowhere + [around[row] for row in sorted(around)]
            else:
                candidates = listed
            candidates = [other for other in candidates if other.source != span.source and (
                span.last_day - span.day <= MULTI_DAY_MAX or other.last_day > other.day
                or _exhibition_day(span, other))]
            spans_of += [span] * len(candidates)
            others_of += candidates
        if not others_of:
            continue
        # Titles far from TITLE_STRONG are not compared further: a prefilter with a wide margin on the whole titles
        # (title_similarity compares cores, taken on first use: most records of the day never need theirs).
        near = process.cpdist([s.title for s in spans_of], [o.title for o in others_of], scorer=fuzz.token_set_ratio,
                              dtype=np.float64, score_cutoff=PREFILTER_TITLE) > 0
        # A listing of the day at the span's street or venue by its organiser is compared whatever its title (a
        # market listed once over three days and « Marché paysan de Montauban » the second day, at its venue).
        near |= np.array([_same_place_and_organiser(s, o) or _same_place_and_clock(s, o)
                          or _same_clock_and_organiser(s, o, day)
                          for s, o in zip(spans_of, others_of, strict=True)])
        firsts, seconds = [], []
        shifted_of: dict[int, _Record] = {}
        for k in np.flatnonzero(near).tolist():
            span = spans_of[k]
            shifted = shifted_of.get(span.row)
            if shifted is None:
                shifted = shifted_of[span.row] = _moved_to(span, day)
            firsts.append(shifted)
            seconds.append(others_of[k])
        titles = title_similarities(firsts, seconds)
        found: dict[tuple[int, str], list[int]] = {}  # (span, source) -> the rows of the source that match it
        for k in np.flatnonzero(titles >= TITLE_FLOOR).tolist():
            shifted, other, title = firsts[k], seconds[k], float(titles[k])
            proof = evidence(shifted, other)
            if shifted.last_day - shifted.day > MULTI_DAY_MAX and other.last_day <= other.day and not (
                    proof.veto is None and (proof.time == "same" or proof.time == "day" and (
                        shifted.minute is None or other.minute is None)) and proof.same_place and (
                        title >= TITLE_STRONG or title >= TITLE_WEAK and proof.organiser == "same"
                        and _one_activity(shifted.core, other.core)
                        or title >= TITLE_WEAK and _listed_daily(records, other, shifted, homes))):
                # A day of an exhibition over the month: at its place, at its daily opening hour, under its title, or
                # by its organiser under one sharing a word of its subject (« Expo Les visages de l'ESS »), or under the
                # title its source gives the day the exhibition's group already holds (each opening day of « Expo
                # Paysans d'ici » in a calendar); not another exhibition of that day (« Exposition photo : regards
                # croisés » against « Expo photo : les visages »).
                continue
            if proof.veto == "horaires" and shifted.minute is not None and _listed_daily(
                    records, other, shifted, homes):
                # A later day of an event over several days may open at another hour than its first (a festival's
                # Friday evening, then its Saturday from 10 am): the listing of a source that lists the event day by
                # day is compared without the first day's clock, at the event's own place.
                shifted = dataclasses.replace(shifted, minute=None, end=None)
                proof = evidence(shifted, other)
                if not proof.same_place:
                    continue
            if proof.veto == "organisateurs" and title >= TITLE_STRONG and (
                _relay_in(shifted, other)
            ):
                # A network or a regional body credited instead of its member on a day's listing of its event, the
                # titles one (see _relaying_name).
                proof = evidence(shifted, other, organisers=False)
            # The same place; or the same title in the same commune, the day's listing giving its town alone (an
            # iCalendar LOCATION « Rezé » on the forum's second day).
            strict = title >= TITLE_STRONG or proof.same_place and proof.organiser == "same"
            # The event's own place at its own clock time that day, by a listing that names no other organiser (than
            # any record of the event's: see below): a venue taken by a forum over several days holds no second
            # event at its hour.
            at_its_hour = not strict and (
                proof.same_place and proof.time in ("same", "slip") and title >= TITLE_WEAK
                and _organiser_relation(shifted, other) != "other"
            )
            # The event's own town at its own clock time that day, by its own organiser, the day's listing not saying
            # where in the town (the town alone, a room nothing places: « Salle des mineurs (Roubaix) »): the
            # organiser holds no second event in that town at the hour its event over several days opens.
            in_town_at_its_hour = not strict and (
                proof.same_commune and proof.time in ("same", "slip") and proof.organiser == "same"
                and title >= TITLE_WEAK and (proof.unplaced or not (other.venue or other.street))
            )
            at_its_hour = at_its_hour or in_town_at_its_hour
            # The event's own place, by a source whose listing of another of its days the event already holds at that
            # place (one VEVENT a day): that source's listing of this day there, its title reworded, is that day's.
            daily_there = not strict and not at_its_hour and proof.same_place and _listed_there_daily(
                records, other, shifted, homes)
            if (
                (proof.same_place or proof.unplaced or proof.same_commune and title >= TITLE_STRONG
                 or in_town_at_its_hour)
                and (proof.time != "near" or proof.same_place and _welcome(shifted, other))
                and (strict or at_its_hour or daily_there)
                and score(shifted, other, title, proof) is not None
                # Standing for a span, only where the span's own record is not against it (a copy of the first day
                # giving the town alone matches another group's event there the next day too).
                and (shifted.row not in origin
                     or evidence(_moved_to(records[origin[shifted.row]], day), other).veto is None)
            ):
                found.setdefault((shifted.row, other.source), []).append(other.row)
                if at_its_hour:
                    loose.add((other.row, shifted.row))
        for (span_row, _), rows in found.items():
            if len(rows) == 1:
                claims.setdefault(rows[0], set()).add(span_row)
    if not claims:
        return groups
    group_of, members = _homes(groups)
    for row in sorted(claims):
        homes = {group_of.get(span, span) for span in claims[row]}
        if len(homes) != 1:
            continue  # two events over these days claim the record (two listings of one are in one group)
        span = min(claims[row])
        home, joining = homes.pop(), group_of.get(row, row)
        if home == joining:
            continue
        inside, coming = members.get(home, [span]), members.get(joining, [row])
        if any(records[y].source in (records[span].source, records[origin.get(span, span)].source)
               for y in coming) or any(
            records[x].day == records[y].day and (records[x].source == records[y].source or memo.veto(x, y))
            or (row, span) in loose and _organiser_relation(records[x], records[y]) == "other"
            for x in inside for y in coming
        ):
            continue
        for k in coming:
            group_of[k] = home
        members[home] = inside + coming
        members.pop(joining, None)
    return sorted(sorted(group) for group in members.values() if len(group) > 1)


def _attach_rescheduled(records: list[_Record], groups: list[list[int]]) -> list[list[int]]:
    """The groups with the listings that other sources still give at the old date of an event its source rescheduled
    (_Record.rescheduled: new dates published) joined to it. A group holding a rescheduled record takes the group (or
    lone record) of another day one of whose records matches it as if held on its day at its own clock time
    (_rescheduled_to; score, no veto): a title as close as TITLE_STRONG at the same place, or in the same commune (or
    online) by the same organiser; or a title as close as TITLE_MEDIUM at the same place by the same organiser, naming
    the same activity (_one_activity). No record of the group joined names another organiser; it holds no record of
    the rescheduled group's sources (a source listing the event at both dates lists two sessions) nor a rescheduled
    one, and lies on one day. It must be the only such group (the sessions a workshop holds every Saturday are as
    many partners: none is joined), claimed by no other rescheduled event."""
    moved = [r for r in records if r.rescheduled and r.day >= 0]
    if not moved:
        return groups
    group_of, members = _homes(groups)

    def home_of(row: int) -> int:
        return group_of.get(row, row)

    def rows_of(home: int) -> list[int]:
        return members.get(home, [home])

    claims: dict[int, set[int]] = {}  # a group (or lone record) of an old date -> the rescheduled groups claiming it
    for record in moved:
        home = home_of(record.row)
        own = rows_of(home)
        sources = {records[k].source for k in own}
        days = {records[k].day for k in own}
        candidates = {
            home_of(other.row) for other in records
            if other.day not in days and other.source not in sources and not other.rescheduled and other.day >= 0
            and other.online == record.online
            and (fuzz.token_set_ratio(other.title, record.title, score_cutoff=PREFILTER_TITLE)
                 or _same_place_and_organiser(other, record))
        }
        matching = set()
        for candidate in sorted(candidates):
            rows = rows_of(candidate)
            if len({records[k].day for k in rows}) != 1 or any(
                records[k].source in sources or records[k].rescheduled for k in rows
            ):
                continue
            shifted = [_rescheduled_to(records[k], record.day) for k in rows]
            if any(_organiser_relation(record, other) == "other" for other in shifted):
                continue
            proofs = [evidence(record, other) for other in shifted]
            titles = [title_similarity(record, other) for other in shifted]
            if any(
                not proof.veto and score(record, other, title, proof) is not None and (
                    title >= TITLE_STRONG
                    and (proof.same_place or (proof.same_commune or proof.both_online) and proof.organiser == "same")
                    or title >= TITLE_MEDIUM and proof.same_place and proof.organiser == "same"
                    and _one_activity(record.core, other.core))
                for other, proof, title in zip(shifted, proofs, titles, strict=True)
            ):
                matching.add(candidate)
        if len(matching) == 1:
            claims.setdefault(matching.pop(), set()).add(home)
    for old in sorted(claims):
        homes = {home_of(h) for h in claims[old]}
        if len(homes) != 1:
            continue  # two rescheduled events claim it
        home = homes.pop()
        if home_of(old) == home:
            continue
        joining = rows_of(home_of(old))
        for k in joining:
            group_of[k] = home
        members[home] = rows_of(home) + joining
        members.pop(old, None)
        group_of.setdefault(home, home)
    return sorted(sorted(group) for group in members.values() if len(group) > 1)


def _one_activity(a: str, b: str) -> bool:
    """Whether two title cores may name one activity: a word of the subject in common (the formats named by the same
    words), and no two formats of no common group (« Repair café de la Croix-Rousse » / « Atelier couture de la
    Croix-Rousse » share the neighbourhood, not the activity)."""
    formats_a, formats_b = formats_of(a), formats_of(b)
    return not (formats_a and formats_b and not formats_a & formats_b) and _share_a_subject(
        a, b, formats_a, formats_b, same_words=True)


def _rescheduled_to(record: _Record, day: int) -> _Record:
    """A record as if its event were held on `day`, at its clock time, its end and last day moved alike."""
    days = day - record.day
    return dataclasses.replace(
        record, day=day, minute=None if record.minute is None else record.minute + 1440 * days,
        end=None if record.end is None else record.end + 1440 * days,
        last_day=record.last_day + days if record.last_day >= 0 else record.last_day,
    )


DAILY_TITLE = 90  # token_sort_ratio of two titles of one source naming one event on two of its days (« jour 1 »)


def _listed_daily(records: list[_Record], listing: _Record, span: _Record,
                  homes: tuple[dict[int, int], dict[int, list[int]]]) -> bool:
    """Whether the source of `listing`, a listing of a later day of the event over several days `span` stands for,
    lists that event day by day: the span's group holds a record of that source on another day of the span, its title
    the listing's (a day's number aside). A talk about an exhibition the day after its opening, at its venue, is not
    one: its source lists no other day of the exhibition under its title."""
    return any(fuzz.token_sort_ratio(other.title, listing.title) >= DAILY_TITLE
               for other in _other_days_listed(records, listing, span, homes))


def _other_days_listed(records: list[_Record], listing: _Record, span: _Record,
                       homes: tuple[dict[int, int], dict[int, list[int]]]) -> Iterator[_Record]:
    """The records of the source of `listing` that the group of the event over several days `span` stands for holds
    on another day of the span."""
    group_of, members = homes
    first = records[span.row].day
    for k in members.get(group_of.get(span.row, -1), ()):
        other = records[k]
        if other.source == listing.source and other.day != listing.day and first <= other.day <= span.last_day:
            yield other


def _listed_there_daily(records: list[_Record], listing: _Record, span: _Record,
                        homes: tuple[dict[int, int], dict[int, list[int]]]) -> bool:
    """Whether the group of the event over several days `span` stands for holds a record of the source of `listing`
    on another day of the span, at the listing's venue or street (see _same_street_or_venue), and that source lists
    nothing else there on the listing's day: it lists the event day by day there (two events over the same days at
    one venue, each listed day by day, leave its listings undecided)."""
    return not _lists_more_there(listing) and any(
        _same_street_or_venue(other, listing) for other in _other_days_listed(records, listing, span, homes))


def _lists_more_there(record: _Record) -> bool:
    """Whether the record's source lists that day another record at its venue or street (_same_street_or_venue)."""
    return any(other.row != record.row and _same_street_or_venue(record, other)
               for listing in record.same_day_listings for other in listing)


# Words of a title naming an event held at an exhibition, not the exhibition itself (its opening or closing night).
_EXHIBITION_EVENTS = frozenset("vernissage finissage inauguration decrochage".split())


def _exhibition_day(span: _Record, other: _Record) -> bool:
    """Whether `other`, a listing of one day (timed or not), may be a day of the exhibition `span` runs over more than
    MULTI_DAY_MAX days: both titles name an exhibition and no other format, nor an event held at one (« Vernissage »).
    Its days are one event, where a workshop's Saturdays are its sessions (see _attach_days)."""
    # « expo » begins each word naming the format in a title key: most titles are refused before their core is taken.
    return ("expo" in span.title and "expo" in other.title and _names_an_exhibition_alone(span.core)
            and _names_an_exhibition_alone(other.core))


@functools.lru_cache(maxsize=1 << 14)
def _names_an_exhibition_alone(core: str) -> bool:
    return formats_of(core) == {"exposition"} and not _EXHIBITION_EVENTS.intersection(core.split())


def _moved_to(span: _Record, day: int) -> _Record:
    """A record of an event over several days as if it started on `day`, at its clock time."""
    return dataclasses.replace(
        span, day=day, minute=None if span.minute is None else span.minute + 1440 * (day - span.day)
    )


def _same_street_or_venue(a: _Record, b: _Record) -> bool:
    """Whether two records give the same street, or venues of close name (VENUE_SAME: « Médiath. intercommunale », « Le
    Terril Solidaire de Dunkerque », a letter typed twice), as evidence may find them one place."""
    return a.street is not None and a.street == b.street or bool(a.venue) and bool(b.venue) and (
        a.venue == b.venue
        or fuzz.token_set_ratio(_compounds_joined(a.venue), _compounds_joined(b.venue)) >= VENUE_SAME
    )


def _same_place_and_clock(a: _Record, b: _Record) -> bool:
    """Whether two records give the same street or venue (_same_street_or_venue) and both a time of day (the day
    aside)."""
    return a.minute is not None and b.minute is not None and _same_street_or_venue(a, b)


def _same_clock_and_organiser(span: _Record, other: _Record, day: int) -> bool:
    """Whether a record of an event over several days and a listing of `day` start at one clock time (up to
    NEAR_TIME_MIN apart, the day aside) and both name an organiser (compared by evidence): a listing giving its town
    alone on a later day of the event, by its organiser at its hour, is compared whatever its title."""
    return (
        span.minute is not None and other.minute is not None
        and abs(span.minute + 1440 * (day - span.day) - other.minute) <= NEAR_TIME_MIN
        and _names_an_organiser(span) and _names_an_organiser(other)
    )


def _names_an_organiser(record: _Record) -> bool:
    """Whether a record names an organiser: in its field, at its title's end (« … par X »), or set apart in its title
    (« X : … », « [X] … », « … (X) »), as an agenda without organiser field credits one."""
    return bool(record.organiser or record.titled_organiser or record.set_apart)


def _same_place_and_organiser(a: _Record, b: _Record) -> bool:
    """Whether two records give the same street or venue (_same_street_or_venue), and both an organiser (compared by
    evidence)."""
    return _names_an_organiser(a) and _names_an_organiser(b) and _same_street_or_venue(a, b)


def cluster(
    records: list[_Record], pairs: list[tuple[float, int, int]], memo: _PairMemo | None = None
) -> list[list[int]]:
    """Groups of ≥ 2 rows, built from the best pair down; a group never holds a vetoed pair, a pair of
    different starts that did not match itself, nor a source twice. `memo`: see _PairMemo."""
    memo = memo or _PairMemo(records)
    matched = {(i, j) for _, i, j in pairs}
    group_of = {r.row: r.row for r in records}
    members = {r.row: [r.row] for r in records}
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        sources_i = {records[k].source for k in members[gi]}
        if any(records[k].source in sources_i for k in members[gj]):
            continue
        together = members[gi] + members[gj]
        if any(
            _apart(records[a], records[b], matched, memo.evidence(a, b))
            and not any(_credited_through(memo, a, b, c) or _timed_through(memo, a, b, c)
                        or _welcomed_through(memo, a, b, c, matched) or _co_organised_through(memo, a, b, c)
                        for c in together if c not in (a, b))
            and not _network_credited(memo, a, b)
            for a in members[gi] for b in members[gj]
        ):
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi] += members.pop(gj)
    return sorted(sorted(group) for group in members.values() if len(group) > 1)


_ZONED = re.compile(r"T.*[+-](?!00:?00)\d\d:?\d\d$")


def _time_given(start: str, end: str) -> bool:
    """Whether a start text gives its time: midnight without an end time is a day written as a date-time (a
    spreadsheet's date cell, a form's default)."""
    return len(start) > 10 and not (start[11:16] == "00:00" and len(end) <= 10)


def _filled(value) -> bool:
    if value.__class__ is str:  # most values: the test below, without its checks
        return value != ""
    if value is None or value is pd.NA:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value) != ""


def _completeness(row: dict) -> int:
    return sum(_filled(value) for key, value in row.items() if key != "sources_fusionnees")


def _stale_copies(days: list[str], ends: list[str], statuses: list) -> list[bool]:
    """Of one group's records (their start days, end days and statuses), those listing a rescheduled event at its old
    date: a group holding a record whose status is RESCHEDULED, the records not rescheduled whose day lies outside
    every rescheduled record's days (see _attach_rescheduled)."""
    spans = [(start, max(start, end)) for start, end, status in zip(days, ends, statuses, strict=True)
             if status == RESCHEDULED and start]
    if not spans:
        return [False] * len(days)
    return [status != RESCHEDULED and not any(first <= day <= last for first, last in spans)
            for day, status in zip(days, statuses, strict=True)]


def _day_of(start) -> str:
    return str(start or "")[:10]


def merge_group(rows: list[dict], completeness: list[int] | None = None) -> tuple[dict, list[dict]]:
    """The merged row of the records of one event (dicts of `events` columns), and the records merged away.
    `completeness`: the number of filled fields of each row, when the caller counted them already."""
    counts = completeness if completeness is not None else [_completeness(r) for r in rows]
    ordered = [
        row
        for _, row in sorted(
            zip(counts, rows, strict=True),
            key=lambda pair: (
                pair[1]["source"] != PRIMARY_SOURCE,
                -pair[0],
                pair[1]["source"],
                str(pair[1]["source_identifiant"]),
            ),
        )
    ]
    primary = ordered[0]
    merged = dict(primary)
    for column in merged:
        if column in _NOT_FILLED_IN:
            continue
        if not _filled(merged[column]) or (column == "type_evenement" and merged[column] == "autre"):
            for row in ordered[1:]:
                if _filled(row[column]) and not (column == "type_evenement" and row[column] == "autre"):
                    merged[column] = row[column]
                    break
    # A rescheduled event: its dates and status are those of its rescheduled records, not its copies at the old date.
    stale = _stale_copies([_day_of(row.get("date_debut")) for row in ordered],
                          [_day_of(row.get("date_fin")) for row in ordered], [row.get("statut") for row in ordered])
    if any(stale):
        merged["statut"] = RESCHEDULED
    live = [row for row, old in zip(ordered, stale, strict=True) if not old]
    # A start with its time zone beats one without (a floating ICS time read as UTC is an hour off).
    def moment_text(row: dict, given: str, day: str) -> str:
        return str(row[given]) if _filled(row.get(given)) else str(row[day] or "")

    timed_rows = [row for row in live
                  if _time_given(moment_text(row, "date_heure_debut", "date_debut"),
                                 moment_text(row, "date_heure_fin", "date_fin"))]
    timed = next((row for row in timed_rows if _ZONED.search(moment_text(row, "date_heure_debut", "date_debut"))),
                 None) or next(iter(timed_rows), live[0])
    for column in ("date_debut", "date_fin", "date_heure_debut", "date_heure_fin"):
        if column in merged:
            merged[column] = timed[column]
    place_scores = [sum(_filled(row[c]) for c in PLACE_FIELDS) for row in ordered]
    place = ordered[place_scores.index(max(place_scores))]
    for column in PLACE_FIELDS:
        merged[column] = place[column]
    if merged.get("modalite") == "en_ligne" and any(row.get("modalite") == "hybride" for row in ordered):
        merged["modalite"] = "hybride"  # an online listing of a hybrid event: the event is at its place and online
    located = next(
        (row for row in [place, *ordered] if _filled(row["latitude"]) and _filled(row["longitude"])), None
    )
    merged["latitude"] = located["latitude"] if located is not None else None
    merged["longitude"] = located["longitude"] if located is not None else None
    for column in UNION_FIELDS:
        values: list[str] = []
        for row in ordered:
            values += [v for v in str(row[column] or "").split("|") if v and v not in values]
        merged[column] = "|".join(sorted(values) if column == "co_organisateurs" else values)
    if "co_organise" in merged:
        # Co-organised when any record names a partner; "no" only when one says no; otherwise unknown.
        said = [row["co_organise"] for row in ordered if _filled(row["co_organise"])]
        merged["co_organise"] = True if merged["co_organisateurs"] else (False if said else pd.NA)
    updates = [str(row["date_mise_a_jour"]) for row in ordered if _filled(row["date_mise_a_jour"])]
    merged["date_mise_a_jour"] = max(updates) if updates else ""
    merged["sources_fusionnees"] = "|".join(
        sorted(f"{row['source']}:{row['source_identifiant']}" for row in ordered[1:])
    )
    merges = [
        {
            "edition": int(row["edition"]),
            "identifiant": merged["identifiant"],
            "source": row["source"],
            "source_identifiant": row["source_identifiant"],
            "motif": RESCHEDULED_COPY_MOTIF if old else MERGE_MOTIF,
        }
        for row, old in zip(ordered[1:], stale[1:], strict=True)
    ]
    return merged, merges



def _merged_rows(frame: pd.DataFrame, groups: list[list[int]], columns: list[str]) -> tuple[pd.DataFrame, list[dict]]:
    """merge_group of each group of positions in `frame` (its `columns`, one merged row per group, in order) and
    the records merged away, computed a column at a time over all the groups: the same values as merge_group
    (tests/lib/test_dedup_speed.py), without a dict per record."""
    members = [i for group in groups for i in group]
    if not members:
        return pd.DataFrame(columns=columns), []
    rows = frame.iloc[members]
    values: dict[str, list] = {}  # the values merge_group reads one by one, boxed on first use

    def value_list(column: str) -> list:
        if column not in values:
            values[column] = rows[column].tolist()
        return values[column]

    # Filled as _filled says, a text column at once; the count of filled fields as deduplicate counted them.
    filled, completeness = {}, np.zeros(len(members), dtype=np.int64)
    for c in columns:
        if pd.api.types.is_string_dtype(rows[c].dtype) and rows[c].dtype != object:
            filled[c] = rows[c].notna().to_numpy() & (rows[c].fillna("") != "").to_numpy(dtype=bool)
            counted = filled[c]
        else:
            filled[c] = np.fromiter((_filled(v) for v in value_list(c)), dtype=bool, count=len(members))
            counted = (rows[c].notna() & (rows[c].astype(str) != "")).to_numpy()
        if c != "sources_fusionnees":
            completeness += counted
    completeness = completeness.tolist()
    # Each group's records in merge order (merge_group's sort key), as positions among `members`.
    sources, identifiers = value_list("source"), value_list("source_identifiant")
    width = max(len(group) for group in groups)
    order = np.full((len(groups), width + 1), len(members), dtype=np.int64)  # padded with a row never filled
    first = 0
    for g, group in enumerate(groups):
        local = sorted(
            range(first, first + len(group)),
            key=lambda k: (sources[k] != PRIMARY_SOURCE, -completeness[k], sources[k], str(identifiers[k])),
        )
        order[g, : len(local)] = local
        first += len(group)
    primary = order[:, 0]
    sizes = np.array([len(group) for group in groups])

    def first_where(mask: np.ndarray, otherwise: np.ndarray) -> np.ndarray:
        """The first member of each group, in merge order, where `mask` holds; `otherwise` where none does."""
        hits = np.append(mask, False)[order]
        return np.where(hits.any(axis=1), order[np.arange(len(groups)), hits.argmax(axis=1)], otherwise)

    chosen = {}
    for c in columns:
        if c in _NOT_FILLED_IN:
            continue
        mask = filled[c]
        if c == "type_evenement":
            labels = value_list(c)
            mask = np.array([f and not labels[k] == "autre" for k, f in enumerate(mask.tolist())], dtype=bool)
        chosen[c] = first_where(mask, primary)

    def moment_texts(given: str, day: str) -> list[str]:
        moments = value_list(given) if given in filled else None
        return [str(moments[k]) if moments is not None and filled[given][k] else str(text or "")
                for k, text in enumerate(value_list(day))]

    starts = moment_texts("date_heure_debut", "date_debut")
    time_given = np.array([_time_given(start, end) for start, end in
                           zip(starts, moment_texts("date_heure_fin", "date_fin"), strict=True)], dtype=bool)
    zoned = np.array([_ZONED.search(text) is not None for text in starts]) & time_given
    # The copies of a rescheduled event at its old date give neither its dates nor its status (see merge_group).
    stale = np.zeros(len(members), dtype=bool)
    rescheduled_groups = np.zeros(len(groups), dtype=bool)
    if "statut" in columns and RESCHEDULED in set(value_list("statut")):
        statuses, day_texts, end_texts = value_list("statut"), value_list("date_debut"), value_list("date_fin")
        for g in range(len(groups)):
            ranked = order[g, : sizes[g]].tolist()
            flags = _stale_copies([_day_of(day_texts[k]) for k in ranked], [_day_of(end_texts[k]) for k in ranked],
                                  [statuses[k] for k in ranked])
            stale[[k for k, old in zip(ranked, flags, strict=True) if old]] = True
            rescheduled_groups[g] = any(flags)
    live = ~stale
    timed = first_where(zoned & live, first_where(time_given & live, first_where(live, primary)))
    for c in ("date_debut", "date_fin", "date_heure_debut", "date_heure_fin"):
        if c in chosen:
            chosen[c] = timed
    scores = np.append(sum(filled[c].astype(np.int64) for c in PLACE_FIELDS), -1)[order]
    place = order[np.arange(len(groups)), scores.argmax(axis=1)]
    for c in PLACE_FIELDS:
        chosen[c] = place
    point = filled["latitude"] & filled["longitude"]
    located = np.where(np.append(point, False)[place], place, first_where(point, np.full(len(groups), -1)))
    # Values taken from the frame's own columns, so the merged rows keep its dtypes.
    out = {c: rows[c].take(chosen[c]).reset_index(drop=True) for c in columns if c in chosen}
    if rescheduled_groups.any():
        out["statut"] = out["statut"].mask(rescheduled_groups, RESCHEDULED)
    for c in ("latitude", "longitude"):
        out[c] = rows[c].take(np.maximum(located, 0)).reset_index(drop=True)
        out[c][located < 0] = None
    if "modalite" in out:  # as merge_group: an online listing of a hybrid event
        modes = value_list("modalite")
        hybrid = [any(modes[k] == "hybride" for k in order[g, : sizes[g]].tolist()) for g in range(len(groups))]
        out["modalite"] = out["modalite"].mask((out["modalite"] == "en_ligne").fillna(False).to_numpy() & hybrid,
                                               "hybride")
    for c in UNION_FIELDS:
        joined = []
        for g in range(len(groups)):
            found: list[str] = []
            for k in order[g, : sizes[g]].tolist():
                found += [v for v in str(value_list(c)[k] or "").split("|") if v and v not in found]
            joined.append("|".join(sorted(found) if c == "co_organisateurs" else found))
        out[c] = joined
    if "co_organise" in columns:
        said = np.append(filled["co_organise"], False)[order].any(axis=1).tolist()
        out["co_organise"] = [
            True if partners else (False if any_said else pd.NA)
            for partners, any_said in zip(out["co_organisateurs"], said, strict=True)
        ]
    updates, merged_away, merges = [], [], []
    updated, editions, kept_ids = value_list("date_mise_a_jour"), value_list("edition"), out["identifiant"].tolist()
    for g, ranked in enumerate(order.tolist()):
        ranked = ranked[: sizes[g]]
        dates = [str(updated[k]) for k in ranked if filled["date_mise_a_jour"][k]]
        updates.append(max(dates) if dates else "")
        merged_away.append("|".join(sorted(f"{sources[k]}:{identifiers[k]}" for k in ranked[1:])))
        merges += [
            {
                "edition": int(editions[k]),
                "identifiant": kept_ids[g],
                "source": sources[k],
                "source_identifiant": identifiers[k],
                "motif": RESCHEDULED_COPY_MOTIF if stale[k] else MERGE_MOTIF,
            }
            for k in ranked[1:]
        ]
    out["date_mise_a_jour"], out["sources_fusionnees"] = updates, merged_away
    for c in (*UNION_FIELDS, "co_organise", "date_mise_a_jour", "sources_fusionnees"):
        if c in columns and isinstance(out[c], list) and _holds_na(rows[c].dtype):
            out[c] = pd.Series(out[c], dtype=rows[c].dtype)
    return pd.DataFrame(out, columns=columns), merges


def _holds_na(dtype) -> bool:
    """Whether a column of this dtype takes the merged values as they are (texts, booleans with NA)."""
    return pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.api.extensions.ExtensionDtype)


# What deduplicate builds (records, places, commune entries, pair memos: about a million containers on the sample)
# lives until it returns and is then freed by reference counting: a young-generation collection every 50,000 of
# them (STAGE_THRESHOLDS) walked each once for nothing, ~5 % of its time on the sample; at this threshold one
# collection at most runs on the sample, and memory is the same (cycles are rare and freed at the next one).
DEDUP_THRESHOLDS = (2_000_000, 20, 20)


MERGE_COLUMNS = ["edition", "identifiant", "source", "source_identifiant", "motif"]


def deduplicate(events: pd.DataFrame, index: CommuneIndex, called_off: pd.DataFrame | None = None) -> DedupResult:
    """One row per real event across sources, and the records merged away (see the module docstring).

    `events` has the columns of the `events` table; editions are processed independently, so the result
    for one edition does not depend on the others. Output rows keep the input's column order.

    `called_off`: rows of the same columns for the records their source called off (cancelled, postponed without a
    new date: assets.lib.normalize.revived_records), compared like the others and never published; the records of
    `events` they show to be copies of an event that will not take place are not published either (see
    _without_called_off).
    """
    use_territories(index)
    if called_off is not None and len(called_off):
        return _without_called_off(events, called_off, index)
    columns = list(events.columns)
    if events.empty:
        return DedupResult(events.copy(), pd.DataFrame(columns=MERGE_COLUMNS))
    frame = events.sort_values(["edition", "source", "source_identifiant"], kind="stable").reset_index(
        drop=True
    )
    twin_of = _listed_twice(frame)
    if twin_of:  # compared without their second listings, which then join the group of their first
        kept = np.setdiff1d(np.arange(len(frame)), list(twin_of))
        result = deduplicate(frame.take(kept).reset_index(drop=True), index)
        return _with_twins(frame, result, kept, twin_of, columns, MERGE_COLUMNS)
    # Records, places and pair memos stay alive until the merge is built, and are freed when _deduplicated returns:
    # the thresholds come back after that, else the next allocation ran a collection walking all of them (0.3 s in
    # each process on the sample).
    with fewer_collections(DEDUP_THRESHOLDS):
        return _deduplicated(frame, index, columns)


def _deduplicated(frame: pd.DataFrame, index: CommuneIndex, columns: list[str]) -> DedupResult:
    """deduplicate of `frame`, sorted as deduplicate sorts it, without listings repeated in a source."""
    spans = _edition_spans(frame)
    # An edition one source lists alone has nothing to merge: a pair holds two sources (candidate_pairs), and the
    # later steps join records of other sources only. Its records are not featured (an archive's early editions).
    sources = pd.factorize(frame["source"])[0]
    several = [bool((sources[start:stop] != sources[start]).any()) for start, stop in spans]
    compared = [span for span, many in zip(spans, several, strict=True) if many]
    if len(compared) == len(spans):
        everything = _record_features(frame, index)
    elif compared:
        rows = np.concatenate([np.arange(start, stop) for start, stop in compared])
        everything = _record_features(frame.take(rows).reset_index(drop=True), index)
    else:
        everything = []
    groups_by_edition, scored, done = [], 0, 0
    session_copies: list[tuple[int, list[int]]] = []
    for (start, stop), many in zip(spans, several, strict=True):
        if not many:
            groups_by_edition.append((start, stop, []))
            continue
        records = everything[done:done + stop - start]
        for record in records:
            record.row -= done
        done += stop - start
        _mark_early_days(records)
        _resolve_town_names(records)
        _resolve_venues(records)
        _resolve_misspelt_towns(records)
        _resolve_quarters(records)
        _resolve_streets(records)
        _mark_town_venues(records)
        _mark_venue_titles(records)
        _mark_lone_sessions(records)
        _group_same_day_listings(records)
        _mark_slippy_sources(records)
        _mark_titled_organisers(records)
        _mark_umbrella_days(records)
        _weigh_descriptions(records)
        memo = _PairMemo(records)
        pairs = resolve_pairs(_place_rooms(candidate_pairs(records, memo), records, memo), records, memo)
        scored += len(pairs)
        groups = _attach_rescheduled(records, _attach_days(records, cluster(records, pairs, memo), memo))
        groups_by_edition.append((start, stop, [[start + i for i in group] for group in groups]))
        grouped = {row for group in groups for row in group}
        session_copies += [(start + row, [start + k for k in sessions])
                           for row, sessions in sorted(memo.between_sessions.items()) if row not in grouped]
    clusters = [group for _, _, groups in groups_by_edition for group in groups]
    merged, merges = _merged_rows(frame, clusters, columns)
    unique = _unique_rows(frame, merged, groups_by_edition, tuple(position for position, _ in session_copies))
    if session_copies:
        merges += _session_copy_merges(frame, clusters, merged, session_copies)
    for record in everything:  # the tuples of records they share hold them: cut, reference counting frees them all
        record.same_day_listings = record.day_timed = ()
    return DedupResult(unique[columns], pd.DataFrame(merges, columns=MERGE_COLUMNS), clusters, scored)


def _without_called_off(events: pd.DataFrame, called_off: pd.DataFrame, index: CommuneIndex) -> DedupResult:
    """deduplicate(events) told which of its records copy an event another source called off: the records of both
    frames are merged together, then in each group holding called-off records,
    - when a live record of a called-off record's own source is there too, the called-off records leave the group
      and the others stay merged (the source lists the event again: a listing withdrawn, not an event);
    - else the group's live records are copies of an event that will not take place: none is published, each is
      counted merged into no row, its motif naming the called-off records (CALLED_OFF_COPY_MOTIF).
    The called-off records themselves are never published (quarantined upstream). `clusters` are in the positions of
    `events` alone, sorted as deduplicate sorts them."""
    columns = list(events.columns)
    live_keys = pd.MultiIndex.from_frame(events[["edition", "source", "source_identifiant"]].astype(str))
    called_off = called_off[~pd.MultiIndex.from_frame(called_off[["edition", "source", "source_identifiant"]]
                                                      .astype(str)).isin(live_keys)]  # live there: the live one
    together = pd.concat([events, called_off[columns]], ignore_index=True)
    result = deduplicate(together, index)
    # deduplicate's positions are in its input sorted so (stable)
    order = together.sort_values(["edition", "source", "source_identifiant"], kind="stable").index.to_numpy()
    frame = together.take(order).reset_index(drop=True)
    off = order >= len(events)
    sources = frame["source"].tolist()
    keys = (frame["source"] + ":" + frame["source_identifiant"]).tolist()
    kept, copies = [], []  # groups kept; (live position, its group's called-off positions)
    for group in result.clusters:
        withdrawn = [position for position in group if off[position]]
        live = [position for position in group if not off[position]]
        if not withdrawn:
            kept.append(group)
        elif {sources[position] for position in live} & {sources[position] for position in withdrawn}:
            if len(live) > 1:
                kept.append(live)
        else:
            copies += [(position, withdrawn) for position in live]
    merged, merges = _merged_rows(frame, kept, columns)
    # The motifs deduplicate gave (a listing repeated in its source: LISTED_TWICE_MOTIF) where the record joined the
    # same row.
    motif_of = {(row.source, row.source_identifiant, row.identifiant): row.motif
                for row in result.merges.itertuples(index=False)}
    for merge in merges:
        merge["motif"] = motif_of.get((merge["source"], merge["source_identifiant"], merge["identifiant"]),
                                      merge["motif"])
    # The copies of one of several sessions set aside by deduplicate stay so, unless called off themselves. A source's
    # identifiers may come back from one edition to the next (a spreadsheet's row numbers): found by edition.
    position_of = {(edition, key): position for position, (edition, key)
                   in enumerate(zip(frame["edition"].astype(int).tolist(), keys, strict=True))}
    set_aside = [(row, position_of[int(row["edition"]), f"{row['source']}:{row['source_identifiant']}"])
                 for row in result.merges.to_dict("records") if row["identifiant"] == ""]
    set_aside = [(row, position) for row, position in set_aside if not off[position]]
    aside = {position for _, position in set_aside}
    aside |= set(np.flatnonzero(off).tolist()) | {position for position, _ in copies}
    by_edition = [(start, stop, [group for group in kept if start <= group[0] < stop])
                  for start, stop in _edition_spans(frame)]
    unique = _unique_rows(frame, merged, by_edition, tuple(sorted(aside)))
    merges += [row for row, _ in set_aside] + [
        {"edition": int(frame["edition"].iat[position]), "identifiant": "", "source": sources[position],
         "source_identifiant": frame["source_identifiant"].iat[position],
         "motif": f"{CALLED_OFF_COPY_MOTIF} : " + " | ".join(sorted(keys[k] for k in withdrawn))}
        for position, withdrawn in copies
    ]
    live_position = np.cumsum(~off) - 1
    clusters = sorted([int(live_position[position]) for position in group] for group in kept)
    return DedupResult(unique[columns], pd.DataFrame(merges, columns=MERGE_COLUMNS), clusters, result.pairs_scored)


def _edition_spans(frame: pd.DataFrame) -> list[tuple[int, int]]:
    """(start, stop) of each edition's rows in `frame`, sorted by edition."""
    editions = frame["edition"].to_numpy()
    bounds = np.flatnonzero(np.r_[True, editions[1:] != editions[:-1], True]).tolist()
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def _listed_twice(frame: pd.DataFrame) -> dict[int, int]:
    """{position: position of its first listing} of the records of `frame` (sorted by edition, source and source
    identifier) that their source lists a second time under another identifier: the same TWIN_TEXTS, folded, and
    TWIN_VALUES, a start time given."""
    values = frame[[c for c in TWIN_VALUES if c in frame.columns]].astype("string").fillna("")
    starts = values["date_heure_debut"] if "date_heure_debut" in values.columns else values["date_debut"]
    starts = starts.where(starts != "", values["date_debut"])
    # Date-only listings of one title at one place may be two sessions whose times the source does not give. The
    # texts are folded only for the listings whose values another listing shares (a few hundred in 30,000).
    candidates = np.flatnonzero((values.duplicated(keep=False) & starts.str.contains("T", regex=False)).to_numpy())
    if not len(candidates):
        return {}
    keys = values.iloc[candidates].reset_index(drop=True)
    for column in TWIN_TEXTS:
        keys[column] = fold_all(frame[column].iloc[candidates].fillna("").astype(str).tolist())
    repeated = np.flatnonzero(keys.duplicated(keep="first").to_numpy())
    groups = keys.groupby(list(keys.columns), sort=False, dropna=False).ngroup().to_numpy()
    _, first_of_group = np.unique(groups, return_index=True)  # groups are numbered 0, 1… as they first appear
    return {int(candidates[at]): int(candidates[first_of_group[groups[at]]]) for at in repeated.tolist()}


def _with_twins(frame: pd.DataFrame, result: DedupResult, kept: np.ndarray, twin_of: dict[int, int],
                columns: list[str], merge_columns: list[str]) -> DedupResult:
    """The DedupResult of `frame` from `result`, that of its rows `kept` (the listings not repeated: _listed_twice):
    each second listing joins the group of its first, a group of its own when the first is in none."""
    back = kept.tolist()  # position in the kept rows -> position in frame
    groups = {back[group[0]]: [back[k] for k in group] for group in result.clusters}
    group_of = {position: first for first, group in groups.items() for position in group}
    for twin, first in sorted(twin_of.items()):
        groups.setdefault(group_of.setdefault(first, first), [first]).append(twin)
    clusters = sorted(sorted(group) for group in groups.values())
    by_edition = [(start, stop, [g for g in clusters if start <= g[0] < stop]) for start, stop in _edition_spans(frame)]
    merged, merges = _merged_rows(frame, clusters, columns)
    # The copies of one of two sessions set aside by `result` (no group, no published row) stay so.
    set_aside = result.merges[result.merges["identifiant"] == ""]
    identifiers = frame["source"] + ":" + frame["source_identifiant"]
    aside = tuple(np.flatnonzero(identifiers.isin(set_aside["source"] + ":" + set_aside["source_identifiant"])))
    unique = _unique_rows(frame, merged, by_edition, aside)
    twins = {identifiers.iat[position] for pair in twin_of.items() for position in pair}
    published_source = dict(zip(merged["identifiant"], merged["source"], strict=True))
    for merge in merges:
        if f"{merge['source']}:{merge['source_identifiant']}" in twins and \
                published_source[merge["identifiant"]] == merge["source"]:
            merge["motif"] = LISTED_TWICE_MOTIF
    merges += set_aside.to_dict("records")
    return DedupResult(unique[columns], pd.DataFrame(merges, columns=merge_columns), clusters, result.pairs_scored)


def _session_copy_merges(frame: pd.DataFrame, clusters: list[list[int]], merged: pd.DataFrame,
                         copies: list[tuple[int, list[int]]]) -> list[dict]:
    """One merges row for each date-only record left between two sessions of one event (`copies`: (position, the
    sessions' positions) in `frame`, each in no group): counted merged, its motif naming the published rows of the
    sessions (SESSION_COPY_MOTIF), no published row its own (see _unique_rows). Published alone, each would count
    its event once more."""
    identifiers = frame["identifiant"].tolist()
    published = {position: identifier for group, identifier in zip(clusters, merged["identifiant"].tolist(),
                                                                    strict=True) for position in group}
    return [
        {"edition": int(frame["edition"].iat[position]), "identifiant": "", "source": frame["source"].iat[position],
         "source_identifiant": frame["source_identifiant"].iat[position],
         "motif": f"{SESSION_COPY_MOTIF} : "
                  + " | ".join(sorted({published.get(k, identifiers[k]) for k in sessions}))}
        for position, sessions in copies
    ]


def _unique_rows(frame: pd.DataFrame, merged: pd.DataFrame, groups_by_edition: list[tuple[int, int, list]],
                 set_aside: tuple[int, ...] = ()) -> pd.DataFrame:
    """The rows deduplicate gives: each edition's records in no group, then its merged rows (`merged`, one per
    group, editions in order), sorted by edition, start and identifier (stable); the positions `set_aside` (copies of
    one of several sessions: _session_copy_merges) are not published. The order is worked out on those three columns
    alone, and every column is then taken once: a take per column and edition cost more than the sort (Arrow texts)."""
    in_group = np.zeros(len(frame), dtype=bool)
    in_group[list(set_aside)] = True  # published by no row
    positions, done = [], len(frame)  # positions in `frame` followed by `merged`
    for start, stop, groups in groups_by_edition:
        for group in groups:
            in_group[group] = True
        positions.append(start + np.flatnonzero(~in_group[start:stop]))
        positions.append(np.arange(done, done + len(groups)))
        done += len(groups)
    whole = pd.concat([frame, merged], ignore_index=True) if done > len(frame) else frame
    keys = ["edition", "date_debut", "identifiant"]
    order = np.concatenate(positions)
    ranked = whole[keys].take(order).sort_values(keys, kind="stable").index.to_numpy()
    return whole.take(ranked).reset_index(drop=True)


def deduplicate_in_pieces(
    events: pd.DataFrame, index: CommuneIndex, workers: int | None = None, min_rows: int | None = None,
    done: Callable[[DedupResult], None] | None = None, called_off: pd.DataFrame | None = None,
) -> DedupResult:
    """deduplicate(events, index) with whole editions shared with a forked worker (assets.lib.parallel;
    `workers` and `min_rows` as edition_pieces takes them): editions are deduplicated independently, so the
    result is the same, `clusters` included (positions in the input sorted by edition, source and source
    identifier, as deduplicate gives them). `done`, when given, is called with the result as soon as it is whole,
    before the worker is awaited to end (writing it overlaps the worker's exit)."""
    pieces = edition_pieces(events, workers, min_rows)
    use_territories(index)  # before the worker is forked: it inherits the names and what was cached on them
    if len(pieces) < 2:
        result = _deduplicate_piece(events, index, called_off)
        if done is not None:
            done(result)
        return result
    _take_apart_shared_addresses(pieces, index)
    results, whole = [], []

    def collect(result: DedupResult) -> None:
        results.append(result)
        if len(results) == len(pieces):
            whole.append(_pieces_joined(events, pieces, results))
            if done is not None:
                done(whole[0])

    map_pieces(functools.partial(_deduplicate_piece, index=index, called_off=called_off), pieces, workers,
               done=collect)
    return whole[0]


def _take_apart_shared_addresses(pieces: list[pd.DataFrame], index: CommuneIndex) -> None:
    """The addresses given in more than one piece taken apart (_address_parts) into the index's memory before the
    worker is forked: each process would take them apart again (a venue's address recurs from one edition to the next:
    more than half of a piece's addresses on the sample). This process needs them for its own piece anyway: the work is
    only done sooner, and the worker inherits it."""
    given = [set(piece["adresse"].dropna().astype(str).tolist()) - {""} for piece in pieces if "adresse" in piece]
    shared = set().union(*(a & b for k, a in enumerate(given) for b in given[k + 1:]))
    for address in sorted(shared):
        _address_parts(address, index)


def _deduplicate_piece(piece: pd.DataFrame, index: CommuneIndex, called_off: pd.DataFrame | None) -> DedupResult:
    """deduplicate of a piece of whole editions, with the called-off records of those editions. An edition whose
    merge raises is published unmerged, the error kept in `failures` (a bug met on one edition's records must not
    stop the others' publication, nor lose its records); the other editions of the piece are merged one by one."""
    if called_off is not None:
        called_off = called_off[called_off["edition"].isin(pd.unique(piece["edition"]))]
    try:
        return deduplicate(piece, index, called_off)
    except Exception as error:  # noqa: BLE001 - any bug of a rule: the edition goes unmerged, said so
        years = sorted(pd.unique(piece["edition"]).tolist())
        if len(years) == 1:
            _LOG.exception("merge across sources failed for edition %s: published unmerged", years[0])
            return _unmerged(piece, years[0], _failure_text(error))
    editions = [piece[piece["edition"] == year] for year in years]
    return _pieces_joined(piece, editions, [_deduplicate_piece(edition, index, called_off) for edition in editions])


def _failure_text(error: BaseException) -> str:
    """« IndexError: list index out of range (dedup.py:1234, _town_ending) »: the error and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno}, {frames[-1].name})" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


def _unmerged(edition: pd.DataFrame, year: int, failure: str) -> DedupResult:
    """The DedupResult of one edition whose merge failed: every record published as it came, nothing merged."""
    rows = edition.sort_values(["source", "source_identifiant"], kind="stable")
    rows = rows.sort_values(["edition", "date_debut", "identifiant"], kind="stable").reset_index(drop=True)
    return DedupResult(rows, pd.DataFrame(columns=MERGE_COLUMNS), failures={year: failure})


def _pieces_joined(events: pd.DataFrame, pieces: list[pd.DataFrame], results: list[DedupResult]) -> DedupResult:
    """The DedupResult of `events` from those of its `pieces` (whole editions each)."""
    # A piece's positions are in its own sorted frame: its editions' blocks, one after the other; the whole
    # sorted frame holds every edition's block in edition order.
    counts = events["edition"].value_counts().sort_index()
    whole_start = dict(zip(counts.index.tolist(), (counts.cumsum() - counts).tolist(), strict=True))
    clusters = []
    for piece, result in zip(pieces, results, strict=True):
        piece_counts = counts.loc[sorted(piece["edition"].unique())]
        piece_editions = piece_counts.index.tolist()
        piece_starts = (piece_counts.cumsum() - piece_counts).tolist()
        for group in result.clusters:
            k = int(np.searchsorted(piece_starts, group[0], side="right")) - 1
            shift = whole_start[piece_editions[k]] - piece_starts[k]
            clusters.append([position + shift for position in group])
    unique = pd.concat([r.events for r in results], ignore_index=True)
    unique = unique.sort_values(["edition", "date_debut", "identifiant"], kind="stable").reset_index(drop=True)
    # an empty frame (an edition with no merge) is left out: its untyped columns would make the others' objects
    merges = pd.concat([r.merges for r in results if len(r.merges)] or [results[0].merges], ignore_index=True)
    merges = merges.sort_values("edition", kind="stable").reset_index(drop=True)  # editions in order, as one run
    failures = {year: failure for result in results for year, failure in result.failures.items()}
    return DedupResult(unique, merges, sorted(clusters), sum(r.pairs_scored for r in results), failures)
