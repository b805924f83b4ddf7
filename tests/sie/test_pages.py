"""The SIE pages with Django's client: upload, preview, a refused mapping shown next to its field,
apply, the mapping page's CSV; the pages of another förbund's upload answer 404."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sie.models import AccountMapping, SieImport
from workspace.demo_files import SODRA_SIE

SLUG = "sodra-vatterbygden"


def upload(client, data: bytes, name="bok.se", year="2024"):
    response = client.post(
        reverse("sie-upload", kwargs={"forbund": SLUG}),
        {"file": SimpleUploadedFile(name, data), "year": year, "through": ""},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return response.url


def test_upload_preview_map_and_apply(clients):
    client = clients["sodra-vatterbygden-sekreterare"]
    data = SODRA_SIE.read_bytes() + '#KONTO 6999 "Diverse"\r\n#RES 0 6999 10.00\r\n'.encode("cp437")
    preview = upload(client, data)
    page = client.get(preview).content.decode()
    assert "Konton utan koppling (1)" in page
    assert "Tillämpa importen" not in page
    token = re.search(r"/bokforing/([0-9a-f]{32})/", preview).group(1)
    map_url = reverse("sie-map", kwargs={"forbund": SLUG, "token": token})
    # Driftbidrag without a member is refused next to the field; nothing is saved.
    refused = client.post(map_url, {"konto": "6999", "rad": "driftbidrag", "line": ""})
    assert refused.status_code == 400
    assert "Välj medlemmen som driftbidraget kommer från." in refused.content.decode()
    assert not AccountMapping.objects.filter(forbund__slug=SLUG, konto="6999").exists()
    saved = client.post(map_url, {"konto": "6999", "rad": "kostnad", "line": "Styrelse"})
    assert saved.status_code == 302
    page = client.get(preview).content.decode()
    assert "Tillämpa importen" in page
    applied = client.post(reverse("sie-apply", kwargs={"forbund": SLUG, "token": token}))
    assert applied.status_code == 302
    assert SieImport.objects.filter(forbund__slug=SLUG).count() == 1
    # The upload is gone once applied.
    assert client.get(preview).status_code == 404


def test_a_rejected_file_shows_its_log_and_cannot_be_applied(clients):
    client = clients["sodra-vatterbygden-sekreterare"]
    preview = upload(client, b"#FLAGGA 0\n#SIETYP 4\n#VER A 1 20240101\n{\n#TRANS 1930 {} 5\n}\n")
    page = client.get(preview).content.decode()
    assert "balanserar inte" in page
    assert "Filen har fel och kan inte importeras" in page
    assert "Tillämpa importen" not in page


def test_another_forbunds_upload_is_not_found(clients):
    preview = upload(clients["sodra-vatterbygden-sekreterare"], SODRA_SIE.read_bytes())
    token = re.search(r"/bokforing/([0-9a-f]{32})/", preview).group(1)
    finnveden = reverse("sie-preview", kwargs={"forbund": "finnveden", "token": token})
    assert clients["finnveden-sekreterare"].get(finnveden).status_code == 404


def test_mapping_page_csv_download_and_upload(clients):
    client = clients["sodra-vatterbygden-sekreterare"]
    csv_text = client.get(reverse("sie-mapping-csv", kwargs={"forbund": SLUG})).content.decode(
        "utf-8-sig"
    )
    assert csv_text.splitlines()[0] == "konto;rad;medlem;insats"
    assert "3542;driftbidrag:Driftbidrag från Jönköping kommun;Jönköpings kommun;" in csv_text
    bad = client.post(
        reverse("sie-mapping", kwargs={"forbund": SLUG}),
        {"action": "csv", "csv_file": SimpleUploadedFile("k.csv", b"konto;rad\n")},
    )
    assert bad.status_code == 400
    assert "Första raden ska vara rubrikerna konto;rad;medlem;insats" in bad.content.decode()
    assert AccountMapping.objects.filter(forbund__slug=SLUG).count() == 31
    good = client.post(
        reverse("sie-mapping", kwargs={"forbund": SLUG}),
        {"action": "csv", "csv_file": SimpleUploadedFile("k.csv", csv_text.encode("utf-8"))},
    )
    assert good.status_code == 302
    assert AccountMapping.objects.filter(forbund__slug=SLUG).count() == 31


def test_revisor_reads_the_mapping_but_cannot_import(clients):
    client = clients["sodra-vatterbygden-revisor"]
    assert client.get(reverse("sie-mapping", kwargs={"forbund": SLUG})).status_code == 200
    assert client.get(reverse("sie-upload", kwargs={"forbund": SLUG})).status_code == 403
