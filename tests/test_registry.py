import pytest

from barometre.domain.errors import UsageError
from barometre.domain.registry import PLATFORMS, TYPES, find_platform, find_type, normalize

REQUIRED_TYPES = ["region", "departement", "ville_prefecture", "commune", "grande_ville",
                  "ville_moyenne", "petite_ville", "epci", "metropole", "all"]
REQUIRED_PLATFORMS = ["facebook", "x", "instagram", "linkedin", "youtube", "tiktok", "snapchat",
                      "pinterest", "dailymotion", "flickr", "google_plus", "mastodon", "bluesky",
                      "threads", "whatsapp", "any"]


def test_required_ids_exist_with_labels_and_colours():
    assert set(REQUIRED_TYPES) <= set(TYPES)
    assert set(REQUIRED_PLATFORMS) <= set(PLATFORMS)
    for p in PLATFORMS.values():
        assert p.color.startswith("#") and len(p.color) == 7
        assert p.label_fr and p.label_en


@pytest.mark.parametrize("text,expected", [
    ("Régions", "region"), ("REGION", "region"), ("conseil départemental", "departement"),
    ("Conseil Général", "departement"), ("villes préfectures", "ville_prefecture"),
    ("Ville-Préfecture", "ville_prefecture"), ("interco", "epci"), ("Métropoles", "metropole"),
    ("grandes villes", "grande_ville"), ("petite_ville", "petite_ville"),
])
def test_type_aliases(text, expected):
    assert find_type(text).id == expected


@pytest.mark.parametrize("text,expected", [
    ("twitter", "x"), ("X (ex-Twitter)", "x"), ("Twitter/X", "x"), ("Linked-In", "linkedin"),
    ("you tube", "youtube"), ("Google+", "google_plus"), ("au moins un réseau", "any"),
    ("TIKTOK", "tiktok"),
])
def test_platform_aliases(text, expected):
    assert find_platform(text).id == expected


def test_unknown_type_suggests_closest():
    with pytest.raises(UsageError) as e:
        find_type("regoin")
    assert e.value.message == "type inconnu « regoin » ; vouliez-vous dire « region » ?"
    assert e.value.exit_code == 2


def test_unknown_platform_message_in_english():
    with pytest.raises(UsageError) as e:
        find_platform("facebok", lang="en")
    assert "did you mean “facebook”" in e.value.message


def test_normalize_folds_accents_case_and_punctuation():
    assert normalize("  Île-de-France ") == normalize("ile de france") == "iledefrance"
