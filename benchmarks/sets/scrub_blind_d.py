"""Blind evaluation set "D" for the carecli personal-data scrubber.

Setting: a UK and Irish contact centre (energy, broadband/mobile, retail,
council services, travel).  Customers and colleagues carry Somali, Oromo,
Tigrinya, Shona, Wolof, Malagasy, Kinyarwanda, Luganda, Scottish Gaelic,
Irish, Maltese and Albanian names.

All lists and templates below were written by hand for this set.  Standard
library only; deterministic (fixed seed).

    blind_notes(listed) -> list[list[tuple[str, str]]]

Each note is a list of (text, label) parts.  Labels: "name", "email",
"phone", "card", "id", "address", "postcode", "ip", "url", "iban", "dob"
for personal data; "o" for ordinary text that must be kept; "~" for
genuinely ambiguous text (scored neither way).
"""

import random
import re
import unicodedata

SEED = 61_4417
N_NOTES = 900

LABELS = frozenset(
    {"name", "email", "phone", "card", "id", "address", "postcode", "ip",
     "url", "iban", "dob", "o", "~"}
)


def _split(s):
    return [w.strip() for w in s.split(",") if w.strip()]


# ---------------------------------------------------------------------------
# Names, by culture.  f / m = given names, fam = family names (shared by
# genders), fam_f / fam_m = gendered family-name forms where the culture has
# them (Irish Ní/Nic vs Ó/Mac, Scottish Gaelic Nic vs Mac).
# ---------------------------------------------------------------------------

CULTURES = {
    "somali": dict(
        f=_split("""Hodan, Faadumo, Ayaan, Xaliimo, Cawo, Farhiya, Sahra, Ubah,
            Nimco, Deqa, Hibaaq, Ifrah, Sagal, Hamdi, Kowsar, Naimo, Ruqiya,
            Shukri, Idil, Ladan, Maryan, Filsan, Sucaad, Hooyo Amina"""),
        m=_split("""Abdirahman, Maxamed, Guled, Bashir, Liban, Mahad, Abdiwali,
            Cabdullaahi, Mukhtar, Yasin, Zakariye, Khadar, Hamse, Mowliid,
            Abshir, Jaamac, Daahir, Sakariye, Bile, Abdikarim, Cumar"""),
        fam=_split("""Warsame, Jama, Abdullahi, Farah, Hersi, Gedi, Mohamud,
            Duale, Egal, Samatar, Nur, Guleid, Yusuf, Osman, Ismail, Dirie,
            Cabdi, Xasan, Shire, Keynan, Awale, Elmi, Hirsi, Qorane, Jibril,
            Axmed, Cali, Faarax, Siyaad, Warfaa, Xirsi, Maxamuud, Cilmi,
            Hassan-Nur, Aw-Cali"""),
        homes=_split("""Mogadishu, Muqdisho, Hargeisa, Kismayo, Bosaso, Garowe,
            Beledweyne, Burao"""),
        countries=_split("Somalia, Somaliland"),
        lang="Somali",
    ),
    "oromo": dict(
        f=_split("""Chaltu, Lalisa, Bontu, Caaltuu, Hawi, Iftu, Soreti, Tajitu,
            Yaadannoo, Bilisummaa, Siifan, Ayantu, Darartu, Ebise, Gadise,
            Jalane, Kulani, Obse, Marartu, Hiikaa, Boontuu, Sena, Dinqinesh,
            Gaaddisee"""),
        m=_split("""Gemechu, Tolosa, Obsa, Gamachu, Dhugaa, Fayyisa, Galaana,
            Jiituu, Kenenisa, Lammii, Magarsa, Rabbirraa, Urgessa, Waaqo,
            Chala, Ebisa, Hundaa, Lencoo, Nagessa, Tullu, Abdissa, Bikila,
            Dirribaa, Gammachiis, Milkii"""),
        fam=_split("""Gudina, Merga, Tolera, Jalata, Dhinsa, Gonfa, Nagari, Tafa,
            Dibaba, Gutama, Ayana, Dheressa, Fufa, Gelana, Hordofa, Jaarsoo,
            Lemessa, Olana, Regassa, Terfa, Wakjira, Waktola, Bayisa,
            Chimdessa, Diriba, Etana, Gerbi, Itana, Jilo, Mosisa, Negeri,
            Boru, Kumsa, Tufa-Gudina"""),
        homes=_split("""Addis Ababa, Finfinne, Adama, Jimma, Nekemte, Ambo,
            Bishoftu, Shashemene, Harar, Asella"""),
        countries=_split("Ethiopia, Oromia"),
        lang="Afaan Oromoo",
    ),
    "tigrinya": dict(
        f=_split("""Abrehet, Senait, Eyerusalem, Feven, Haben, Letensae, Meron,
            Ruta, Luwam, Saba, Winta, Yordanos, Zewdi, Azmera, Fiyori, Mehret,
            Samrawit, Tsega, Weini, Selam, Hiwet, Tsigereda, Nigisti, Akberet,
            Lemlem, Freweini, Rahwa, Hadas"""),
        m=_split("""Yonas, Filmon, Tesfalem, Yohannes, Dawit, Berhane, Goitom,
            Kibrom, Mebrahtu, Nahom, Robel, Tesfay, Habtom, Natnael, Yemane,
            Zerai, Amanuel, Bisrat, Henok, Mussie, Eyob, Biniam, Teklit,
            Ermias, Medhanie, Kiflemariam"""),
        fam=_split("""Gebremedhin, Haile, Tesfamariam, Woldemichael, Kahsay,
            Berhe, Ghebreyesus, Tekle, Asmerom, Negash, Abraha, Mesfin,
            Ghirmay, Habte, Kidane, Mehari, Okbazghi, Russom, Semere, Tewolde,
            Weldu, Zeray, Gebrehiwet, Andemariam, Fessehaye, Hagos, Measho,
            Sium, Tsegai, Woldu, Ghebremariam, Kiflom, Gebre-Egziabher"""),
        homes=_split("""Asmara, Keren, Massawa, Mendefera, Mekelle, Adwa,
            Dekemhare, Barentu"""),
        countries=_split("Eritrea, Tigray"),
        lang="Tigrinya",
    ),
    "shona": dict(
        f=_split("""Chipo, Rumbidzai, Nyasha, Rutendo, Chiedza, Fadzai, Ruvimbo,
            Vimbai, Ropafadzo, Tsitsi, Nyarai, Danai, Tariro, Chenai, Rufaro,
            Shamiso, Tsungai, Vongai, Yeukai, Mazvita, Chengetai, Kumbirai,
            Tafadzwa, Makanaka"""),
        m=_split("""Tendai, Farai, Tatenda, Kudzai, Tapiwa, Tinashe, Munyaradzi,
            Kundai, Simbarashe, Takudzwa, Shingai, Panashe, Tonderai,
            Kupakwashe, Mufaro, Tanaka, Ngonidzashe, Anesu, Tafara, Tawanda,
            Tichaona, Kudakwashe, Tongai, Fungai, Nyashadzashe"""),
        fam=_split("""Moyo, Chikwanha, Mutasa, Makoni, Chigumba, Zvobgo,
            Mataruse, Musarurwa, Nyamayaro, Madzima, Chitepo, Tagwireyi,
            Chidzikwe, Mutswairo, Mavhunga, Rusike, Kanengoni, Marimo,
            Chinyama, Zhou, Mushonga, Munetsi, Chakanyuka, Mawere, Gwenzi,
            Chimedza, Mapondera, Gumbo, Hove, Marufu, Mazarura, Chiweshe,
            Mupfumira, Moyo-Gumbo"""),
        homes=_split("""Harare, Bulawayo, Mutare, Gweru, Masvingo, Chitungwiza,
            Marondera, Kadoma"""),
        countries=_split("Zimbabwe"),
        lang="Shona",
    ),
    "wolof": dict(
        f=_split("""Ndeye, Fatou, Aminata, Mame Diarra, Aissatou, Khady, Mariama,
            Coumba, Astou, Awa, Rokhaya, Dieynaba, Seynabou, Maimouna, Bineta,
            Yacine, Oumy, Ndella, Adja, Ngoné, Sokhna, Penda, Khadidiatou,
            Marème, Anta, Daba, Ndeye Fatou"""),
        m=_split("""Modou, Cheikh, Babacar, Serigne, Ousmane, Ibrahima, Pape,
            Abdoulaye, Lamine, Moustapha, Alioune, Assane, Daouda, Souleymane,
            Thierno, Mamadou, Malick, Matar, Ismaïla, Birame, Samba, Saliou,
            Elhadji, Massamba, Ablaye, Pape Malick"""),
        fam=_split("""Ndiaye, Diop, Faye, Sarr, Gueye, Mbaye, Seck, Fall, Niang,
            Thiam, Ndour, Diouf, Samb, Sène, Mbengue, Lo, Ndoye, Wade, Dieng,
            Gaye, Mboup, Sylla, Thiaw, Diagne, Ndao, Mbodj, Dione, Cissé,
            Kébé, Touré, Sall, Ba, Ndiaye-Sarr"""),
        homes=_split("""Dakar, Thiès, Saint-Louis, Touba, Kaolack, Ziguinchor,
            Rufisque, Mbour"""),
        countries=_split("Senegal, the Gambia"),
        lang="Wolof",
    ),
    "malagasy": dict(
        f=_split("""Haingo, Fanja, Tiana, Mialy, Fara, Voahangy, Rindra, Hasina,
            Ony, Miora, Nomena, Faniry, Soa, Aina, Volana, Lalaina, Nirina,
            Onja, Vola, Hanitra, Holy, Noro, Tahiry, Hoby, Bodo, Sarobidy,
            Fenitra, Mamitiana"""),
        m=_split("""Hery, Lanto, Njaka, Tahina, Andry, Toky, Zo, Mamy, Tojo,
            Herilala, Sitraka, Tsiry, Rado, Fidy, Haja, Mahery, Rija, Tovo,
            Naina, Fanomezana, Heritiana, Mbola, Tiavina, Faly, Lova, Ando"""),
        fam=_split("""Rakotomalala, Randriamanana, Rasoanaivo, Andrianarisoa,
            Rakotondrabe, Razafindrakoto, Rabemananjara, Ratsimbazafy,
            Rajaonarison, Andriamihaja, Raharimalala, Rakotoarisoa,
            Ramanantsoa, Randrianasolo, Rasolofonirina, Razanamparany,
            Ranaivo, Rabenandrasana, Andriantsitohaina, Rajaonah,
            Ramarosandratana, Rakotonirina, Ravoahangy, Razafimahatratra,
            Randriambololona, Rasamoelina, Rafanomezantsoa, Raveloson,
            Andrianjafy, Rabe, Rakoto, Ralay"""),
        homes=_split("""Antananarivo, Tana, Toamasina, Fianarantsoa, Mahajanga,
            Antsirabe, Toliara, Nosy Be"""),
        countries=_split("Madagascar"),
        lang="Malagasy",
    ),
    "kinyarwanda": dict(
        f=_split("""Uwase, Keza, Ineza, Mutoni, Umutoni, Teta, Isimbi, Nziza,
            Impano, Umuhoza, Iriza, Uwera, Akaliza, Ikirezi, Kaneza, Umulisa,
            Uwineza, Amahoro, Gihozo, Ituze, Shimwa, Umwari, Ishimwe"""),
        m=_split("""Mugisha, Iradukunda, Gatete, Kamali, Shema, Ngabo, Cyusa,
            Manzi, Kagabo, Rukundo, Ganza, Hirwa, Ntwari, Dushime, Nkusi,
            Kalisa, Gisa, Mucyo, Kwizera, Habineza, Rwema, Gakwaya, Sano,
            Munezero, Nshuti"""),
        fam=_split("""Uwimana, Mukamana, Habimana, Niyonzima, Nshimiyimana,
            Uwamahoro, Hakizimana, Mukeshimana, Ndayisaba, Nsengiyumva,
            Bizimana, Twagirayezu, Nyirahabimana, Munyaneza, Mugabo, Rwigema,
            Kayitesi, Nkurunziza, Uwamariya, Ingabire, Mukantwari, Gasana,
            Murekatete, Nzabonimpa, Sibomana, Tuyishime, Hategekimana,
            Nyiramana, Karangwa, Byiringiro, Niyonsenga, Mutabazi"""),
        homes=_split("Kigali, Huye, Musanze, Rubavu, Gisenyi, Rwamagana, Nyanza"),
        countries=_split("Rwanda"),
        lang="Kinyarwanda",
    ),
    "luganda": dict(
        f=_split("""Nakato, Babirye, Nantongo, Kirabo, Mirembe, Ssanyu, Kisakye,
            Namazzi, Nabukenya, Nakimuli, Namata, Nalwoga, Nassuna, Nakku,
            Namirembe, Nambi, Nabirye, Nakalema, Namubiru, Nankya, Najjuma,
            Nalule, Nakitende, Namayanja, Zawedde, Nabaggala"""),
        m=_split("""Kato, Waswa, Kizza, Mukisa, Wasswa, Katende, Kakooza,
            Lubega, Mutebi, Ssali, Ddungu, Ssebunya, Kigozi, Kabuye, Ssentamu,
            Zziwa, Mulindwa, Kasule, Muwanga, Ssempala, Kyambadde, Ssegawa,
            Bbosa, Kaweesa, Lwasa"""),
        fam=_split("""Ssemakula, Mukasa, Nalubega, Nsubuga, Ssekandi, Namukasa,
            Kiwanuka, Ssewanyana, Kasozi, Lwanga, Mpanga, Kaggwa, Nsereko,
            Kayondo, Musoke, Kalule, Ssemwogerere, Mubiru, Lutaaya, Kigundu,
            Ssenyonga, Nakayima, Bukenya, Kibirige, Walusimbi, Ssebaggala,
            Nansubuga, Mayanja, Kyeyune, Sserwadda, Luyombya, Nakiwala,
            Ssemanda"""),
        homes=_split("Kampala, Entebbe, Jinja, Masaka, Mukono, Mbarara, Wakiso"),
        countries=_split("Uganda"),
        lang="Luganda",
    ),
    "scottish": dict(
        f=_split("""Eilidh, Catrìona, Màiri, Seonag, Peigi, Ealasaid, Beathag,
            Mòrag, Raonaid, Oighrig, Ciorstaidh, Sìne, Iseabail, Fionnghal,
            Curstaidh, Deòiridh, Marsaili, Mairead, Ishbel, Seònaid, Flòraidh,
            Cairistìona, Lìosa, Ùna, Murdina, Dolina"""),
        m=_split("""Ruairidh, Seumas, Dòmhnall, Tormod, Uilleam, Coinneach,
            Lachlann, Murchadh, Fionnlagh, Aonghas, Alasdair, Eachann,
            Torcuil, Anndra, Ailig, Gillesbuig, Seonaidh, Ùisdean, Somhairle,
            Teàrlach, Calum, Ruaraidh, Dùghall, Sgàire, Raghnall, Eòghann,
            Fearchar"""),
        fam=_split("""Moireasdan, Friseal, Stiùbhart, Rothach, Dòmhnallach,
            MacInnes, MacPhail, MacLennan, MacAskill, Nicolson, MacIver,
            Matheson, MacSween, Macaulay"""),
        fam_m=_split("""MacLeòid, MacDhòmhnaill, Caimbeul, MacAoidh, MacCoinnich,
            MacIllEathain, Mac an t-Saoir, MacAmhlaigh, MacNeacail,
            Mac a' Phearsain, MacIomhair, MacFhionghain, MacGriogair, MacRath,
            MacIlleMhìcheil, Mac Gill-Eain, MacFhearghais"""),
        fam_f=_split("""NicLeòid, NicDhòmhnaill, Chaimbeul, NicAoidh, NicCoinnich,
            NicIllEathain, Nic an t-Saoir, NicAmhlaigh, NicNeacail,
            NicIomhair, NicFhionghain, NicGriogair, NicRath, NicFhearghais,
            NicIlleMhìcheil"""),
        homes=_split("""Stornoway, Steòrnabhagh, Portree, Port Rìgh, Tobermory,
            Benbecula, Inverness, Inbhir Nis, Castlebay, Tarbert, Oban"""),
        countries=_split("""Scotland, the Isle of Lewis, Skye, the Outer Hebrides,
            Na h-Eileanan Siar"""),
        lang="Gaelic",
    ),
    "irish": dict(
        f=_split("""Aoife, Siobhán, Niamh, Caoimhe, Saoirse, Éabha, Clodagh,
            Gráinne, Méabh, Síle, Bríd, Órla, Sadhbh, Aisling, Eimear,
            Fionnuala, Doireann, Muireann, Róisín, Aoibheann, Ailbhe, Nuala,
            Neasa, Bláthnaid, Caitríona, Úna, Deirbhile, Treasa, Máire, Eithne,
            Naoise"""),
        m=_split("""Oisín, Tadhg, Cathal, Ruairí, Diarmuid, Donnchadh, Colm, Cian,
            Darragh, Eoghan, Fiachra, Lorcán, Ruadhán, Tomás, Peadar, Dónal,
            Cillian, Ciarán, Caoimhín, Pádraig, Séamus, Micheál, Seosamh,
            Conchúr, Odhrán, Feidhlim, Lughaidh, Cormac, Breandán, Proinsias"""),
        fam=[],
        fam_m=_split("""Ó Briain, Ó Súilleabháin, Ó Conchúir, Ó Ceallaigh,
            Mac Cárthaigh, Ó Néill, Ó Dónaill, Mac Mathúna, Ó Raghallaigh,
            Ó Cinnéide, Ó Flaithearta, Mac Aodha, Ó Murchú, Ó hEadhra,
            Ó Duibhir, Mac Con Iomaire, Ó Tuathail, Ó Laoghaire, Ó Gríofa,
            Mac an Bhaird, Ó Cathasaigh, Mac Giolla Phádraig, Ó hAodha, Ó Sé,
            Ó Gallchóir, Ó Domhnaill, Mac Suibhne, Ó Muircheartaigh, Ó Máille,
            Ó Ceallacháin"""),
        fam_f=_split("""Ní Bhriain, Ní Shúilleabháin, Ní Chonchúir, Ní Cheallaigh,
            Nic Cárthaigh, Ní Néill, Ní Dhónaill, Nic Mhathúna, Ní Raghallaigh,
            Ní Chinnéide, Ní Fhlaithearta, Nic Aodha, Ní Mhurchú, Ní Eadhra,
            Ní Dhuibhir, Nic Con Iomaire, Ní Thuathail, Ní Laoghaire,
            Ní Ghríofa, Nic an Bhaird, Ní Chathasaigh, Nic Giolla Phádraig,
            Ní Aodha, Ní Shé, Ní Ghallchóir, Ní Dhomhnaill, Nic Suibhne,
            Uí Bhriain, Uí Cheallaigh, Uí Néill, Ní Mháille"""),
        homes=_split("""Gaoth Dobhair, An Spidéal, An Daingean, Gaillimh, Corcaigh,
            Leitir Ceanainn, Dingle, Carraroe, An Cheathrú Rua,
            Béal an Mhuirthead, Ballyferriter"""),
        countries=_split("Ireland, Connemara, Donegal, Kerry, the Gaeltacht, Éire"),
        lang="Irish",
    ),
    "maltese": dict(
        f=_split("""Marija, Rożi, Ċettina, Tereża, Ġulja, Marthese, Josianne,
            Ġorġina, Ċelestina, Nikolina, Pawlina, Manwela, Ġużeppina,
            Lunzjata, Wistina, Kunċetta, Ġiljana, Charmaine, Graziella, Antida,
            Doriette, Mariella, Marvic, Carmelina, Maryrose"""),
        m=_split("""Ġorġ, Ċensu, Pawlu, Wistin, Ġużeppi, Karmenu, Manwel, Salvu,
            Ġanni, Leli, Grezzju, Mikiel, Anġlu, Tumas, Ninu, Ġakbu, Duminku,
            Ġwann, Ġabrijel, Ġulju, Frans, Wenzu, Ċikku, Kalċidonju,
            Nazzareno, Rożarju, Lonzu, Żeppi, Xmun, Ċirju"""),
        fam=_split("""Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Micallef,
            Grech, Attard, Spiteri, Azzopardi, Cassar, Xuereb, Mifsud, Debono,
            Caruana, Pace, Bonello, Sciberras, Xerri, Buttigieg, Zahra,
            Schembri, Fenech, Gauci, Tabone, Scicluna, Agius, Abela, Portelli,
            Cachia, Baldacchino, Sammut, Ellul, Bugeja, Psaila, Magri, Saliba,
            Ħili, Gatt, Camilleri-Zammit"""),
        homes=_split("""Valletta, Il-Belt Valletta, Sliema, Tas-Sliema, Birkirkara,
            Mosta, Rabat, Żebbuġ, Qormi, Marsaskala, Victoria, Xagħra,
            Għajnsielem, Mellieħa"""),
        countries=_split("Malta, Gozo, Għawdex"),
        lang="Maltese",
    ),
    "albanian": dict(
        f=_split("""Blerina, Elira, Kaltrina, Lindita, Mirela, Njomza, Valbona,
            Zana, Flutura, Shpresa, Teuta, Vjosa, Drita, Arta, Besa, Fjolla,
            Rrezarta, Ardita, Mimoza, Alketa, Entela, Erjona, Jonida, Luljeta,
            Majlinda, Donika, Dafina, Edona, Albana, Ermira, Gentiana"""),
        m=_split("""Arben, Dritan, Fatmir, Gëzim, Ilir, Jetmir, Ylli, Besnik,
            Drilon, Ermal, Agron, Bujar, Arbër, Artan, Blerim, Driton, Endrit,
            Fisnik, Genc, Kreshnik, Leutrim, Mentor, Petrit, Qëndrim, Rinor,
            Shkëlzen, Valon, Visar, Xhevdet, Lulzim"""),
        fam=_split("""Hoxha, Krasniqi, Berisha, Gashi, Shala, Morina, Kelmendi,
            Dervishi, Leka, Basha, Kola, Çela, Dushku, Prifti, Hysa, Mehmeti,
            Bajrami, Zeqiri, Ahmeti, Selimi, Kastrati, Sopi, Bytyqi, Rexhepi,
            Xhafa, Përmeti, Luzha, Myftari, Tahiri, Hasani, Gjoni, Dedaj,
            Lleshi, Qosja, Krasniqi-Hoxha"""),
        homes=_split("""Tirana, Tiranë, Durrës, Shkodër, Vlorë, Korçë, Elbasan,
            Prishtina, Prishtinë, Prizren, Gjakova, Peja"""),
        countries=_split("Albania, Kosovo, Shqipëri"),
        lang="Albanian",
    ),
}

# ---------------------------------------------------------------------------
# Brands, products, places, teams (all ordinary text, "o").
# ---------------------------------------------------------------------------

ENERGY = _split("""British Gas, Octopus Energy, Octopus, EDF, E.ON Next, OVO,
    Scottish Power, SSE Airtricity, Bord Gáis Energy, Electric Ireland, Flogas,
    Energia, Pinergy, Utilita, So Energy, Good Energy, Power NI, Yuno Energy,
    Community Power, Panda Power""")
IE_ENERGY = _split("""SSE Airtricity, Bord Gáis Energy, Electric Ireland,
    Flogas, Energia, Pinergy, Yuno Energy, ESB Networks""")
TELCO = _split("""BT, Sky, Virgin Media, Vodafone, EE, Three, O2, TalkTalk,
    Plusnet, giffgaff, eir, Tesco Mobile, iD Mobile, Hyperoptic,
    Community Fibre, Lebara, Lyca Mobile, Sky Mobile, Voxi, Smarty,
    Pure Telecom, Digiweb, GoMo, 48, Clear Mobile, Vodafone Ireland,
    Three Ireland, Virgin Media Ireland, SIRO, Openreach""")
IE_TELCO = _split("""eir, Vodafone Ireland, Three Ireland, Virgin Media Ireland,
    Pure Telecom, Digiweb, GoMo, 48, SIRO, Sky Ireland, An Post Broadband""")
RETAIL = _split("""Tesco, Argos, Currys, John Lewis, Boots, M&S, Marks & Spencer,
    Dunnes Stores, Penneys, Primark, Sainsbury's, Asda, Lidl, Aldi, B&Q,
    Screwfix, Halfords, Harvey Norman, Smyths, Next, Very, ASOS, JD Sports,
    Wickes, Dunelm, Superdrug, SuperValu, Centra, Iceland, Co-op, IKEA,
    Brown Thomas, Arnotts, Harry Corry, Littlewoods, Lifestyle Sports""")
DEVICE = _split("""Sky Q box, Sky Glass, BT Smart Hub 2, Virgin Hub 5, TiVo box,
    eir F3000 modem, Fire TV Stick, Ring doorbell, Hive thermostat,
    Nest thermostat, Kindle, iPad, iPhone 15, iPhone 13 mini, Galaxy S24,
    Galaxy A54, Pixel 8, PS5, Xbox Series S, Apple Watch, AirPods, Chromecast,
    Roku stick, smart meter, prepay meter, Sky Stream puck, eero mesh,
    Sagemcom router, Huawei dongle, Moto G54, Nokia flip phone""")
STREAM = _split("""Netflix, Disney+, NOW, Spotify, BritBox, Apple TV+,
    Prime Video, RTÉ Player, ITVX, BBC iPlayer, Paramount+, discovery+, DAZN,
    TG4 Player, Virgin TV Go, Sky Sports, TNT Sports, YouTube Premium,
    BBC Alba, Sky Cinema""")
BANK = _split("""Barclays, NatWest, Lloyds, Monzo, Revolut, AIB, Bank of Ireland,
    PTSB, Nationwide, Starling, Halifax, Santander, HSBC, Credit Union,
    An Post Money, Ulster Bank, Chase, Royal Bank of Scotland,
    Bank of Scotland, Danske Bank, Bank of Valletta, Bunq""")
REMIT = _split("""WorldRemit, Western Union, Sendwave, Dahabshiil, Remitly,
    Taaj, Wise, MoneyGram, Ria""")
AIRLINE = _split("""Ryanair, Aer Lingus, easyJet, Jet2, British Airways,
    Loganair, Emerald Airlines, Ethiopian Airlines, KM Malta Airlines,
    Air Malta, Kenya Airways, RwandAir, Uganda Airlines, Turkish Airlines,
    Emirates, Qatar Airways, Air Senegal, Wizz Air, Air Albania, Eurowings,
    Aer Lingus Regional, Madagascar Airlines""")
TRAVEL = _split("""Trainline, Irish Rail, Iarnród Éireann, LNER,
    Avanti West Coast, ScotRail, CalMac, Stena Line, Irish Ferries,
    Bus Éireann, Translink, Dublin Bus, Luas, TFI Leap, Oyster, Citylink,
    National Express, Megabus, P&O Ferries, Northlink""")
COUNCIL = _split("""Dublin City Council, Glasgow City Council,
    Comhairle nan Eilean Siar, Birmingham City Council, Leeds City Council,
    Cork County Council, Galway City Council, Highland Council,
    Belfast City Council, Cardiff Council, Tower Hamlets Council,
    Fingal County Council, Manchester City Council, Bristol City Council,
    Kerry County Council, Donegal County Council, Edinburgh Council,
    Leicester City Council, Luton Council""")
SYSTEM = _split("""Salesforce, Genesys, Zendesk, ServiceNow, Teams, Slack,
    Five9, Amazon Connect, the CRM, Siebel, Verint, NICE""")
BRAND_URL = _split("""bt.com/help, octopus.energy/help, sky.com/mysky,
    eir.ie/support, electricireland.ie, gov.uk/council-tax,
    citizensinformation.ie, virginmedia.ie/help, three.co.uk/support,
    argos.co.uk/track, ryanair.com/manage, aerlingus.com,
    britishgas.co.uk/myaccount, calmac.co.uk, tfi.ie""")
TEAMS = _split("""Billing Ops, Retentions, Tech Support L2, Complaints,
    Collections, Moves & Changes, Priority Services, Vulnerable Customers,
    Smart Meter Bookings, Faults, Escalations, Back Office, Social Media,
    Webchat, the Save Desk, Loyalty, Provisioning, Porting, Field Dispatch,
    Council Tax, Waste Services, Housing Repairs, Travel Disruption, Refunds,
    Fraud, Credit Control, Onboarding, the Welcome Team, Night Shift, Tier 2,
    the Cork Hub, the Glasgow Hub, Bereavement, the Accessibility Desk,
    the Gaelic Line, the Irish Language Desk, Business Sales, Payments,
    Metering, the Outage Desk, Resolutions, Customer Experience, Quality,
    Team Kestrel, Team Puffin, Blue Queue, Queue 4, Early Shift""")

UK_PLACES = _split("""London, Birmingham, Manchester, Leeds, Glasgow, Edinburgh,
    Cardiff, Belfast, Bristol, Leicester, Luton, Coventry, Sheffield, Newport,
    Slough, Wolverhampton, Stornoway, Portree, Inverness, Tobermory, Oban,
    Dundee, Aberdeen, Swansea, Derry, Lerwick, Kirkwall, Fort William,
    Ullapool, Benbecula, Tower Hamlets, Croydon, Southall, Milton Keynes,
    Reading, Peterborough, Bradford, Nottingham, Harrow, Wembley, Barking,
    Paisley, Motherwell, Kilmarnock, Newry, Omagh, Lisburn, Wrexham, Bangor,
    Aberystwyth, Penzance, Hull, Sunderland, Middlesbrough, St Andrews,
    Broadford, Castlebay, Hove, Whitechapel, Moss Side, Toxteth""")
IE_PLACES = _split("""Cork, Galway, Limerick, Dublin, Waterford, Dún Laoghaire,
    Letterkenny, Sligo, Ennis, Dingle, Kilkenny, Athlone, Tralee, Drogheda,
    Dundalk, Navan, Carlow, Clonmel, Gweedore, Swords, Tallaght,
    Blanchardstown, Balbriggan, Mullingar, Castlebar, Westport, Killarney,
    Bantry, Portlaoise, Naas, Wexford, Ballina, Clifden, Mahon, Ballymun""")
GA_PLACES = _split("""Glaschu, Dùn Èideann, Inbhir Nis, Steòrnabhagh, Port Rìgh,
    An t-Òban, Obar Dheathain, Dùn Dè, Corcaigh, Gaillimh, Luimneach,
    Baile Átha Cliath, Port Láirge, Leitir Ceanainn, An Daingean,
    Gaoth Dobhair, An Spidéal, An Cheathrú Rua, Sligeach, Cill Chainnigh,
    Trá Lí, Inis""")
VILLAGES = _split("""Ness, Back, Leverburgh, Achiltibuie, Balallan, Breasclete,
    Bearna, Carna, Ballyferriter, Baile na hAbhann, Gort an Choirce, Rosmuc,
    Scalpay, Lochboisdale, Cill Rónáin, Xewkija, Għarb""")

AMOUNTS = _split("""£45.60, €120, £12.99, £200, €35, £5, €89.99, £17.50, £60,
    €250, £9.99, €14.20, £300, €40, £1150.00, £75, €18, £3.50, 45 quid,
    €1020.44, £2.99, €7.50""")
TIMES = _split("""14:30, 2pm, 9.15am, half 3, 10:05, midday, 4:45pm, 17:00,
    8am, 11.40, 3pm, 7:30pm, 12:15, 6pm, 9:00""")
ODATES = _split("""14/11/2024, Tues, Thurs 12th, 12 March, next Friday, the 3rd,
    Monday, 1st Dec, Sat, 31/10, 2025-01-15, 03/02/2025, 22nd Jan, Weds,
    the 28th, 5 June, end of the month, 19/08""")

UK_STREETS = _split("""Elm, Braeside, Castle, Mill, Church, Station, Hillhead,
    Dumbarton, Cathcart, Ormeau, Falls, Malone, Stanmore, Coldharbour,
    Lozells, Moseley, Granby, Lodge, Harehills, Beech, Rowan, Heather, Thistle,
    Seaview, Harbour, Marine, Glebe, Meadow, Larch, Birch, Willow, Kenmure,
    Springburn, Leith, Bath, Green Lane, Cromwell, Sandhill, Matheson""")
UK_TYPES = [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"),
            ("Grove", "Gr"), ("Crescent", "Cres"), ("Drive", "Dr"),
            ("Lane", "Ln"), ("Close", "Cl"), ("Terrace", "Terr"),
            ("Gardens", "Gdns"), ("Place", "Pl"), ("Way", "Way"),
            ("Court", "Ct"), ("Park", "Pk")]
GAELIC_STREETS = _split("""Sràid na h-Eaglaise, Rathad a' Chladaich,
    Cnoc na Gréine, Bóthar na Trá, Ard na Gréine, Ascaill an Phiarsaigh,
    Páirc an Phobail, Cúl na Coille, Sràid a' Chaisteil, Rathad Mòr""")
IE_STREETS = _split("""Clonliffe, Griffith, Rathmines, Cabra, Ballyfermot,
    Dolphin's Barn, Sandyford, Blackpool, Douglas, Salthill, Knocknacarra,
    Seaview, Summerhill, Ardee, Castle, Glenageary, Hanover""")
IE_TYPES = [("Road", "Rd"), ("Avenue", "Ave"), ("Park", "Pk"),
            ("Terrace", "Tce"), ("Lawn", "Lawn"), ("Close", "Cl"),
            ("Grove", "Gr"), ("Heights", "Hts"), ("Court", "Ct")]
IE_ESTATES = _split("""The Maltings, Hanover Quay, Clarion Quay, The Gasworks,
    Cois Cladaigh, Ard Caoin, Gleann na Rí, The Paddocks""")
MT_STREETS = _split("""Triq il-Kbira, Triq il-Mitħna, Triq it-Torri, Triq ix-Xatt,
    Triq il-Parroċċa, Triq Santa Marija, Triq il-Knisja, Triq tal-Ħemsija,
    Triq San Pawl, Triq id-Dawret""")

UK_CITY_PC = [
    ("Glasgow", ["G51", "G42", "G31", "G20", "G3"]),
    ("Edinburgh", ["EH6", "EH11", "EH7", "EH16"]),
    ("Stornoway", ["HS1", "HS2"]), ("Portree", ["IV51"]),
    ("Inverness", ["IV2", "IV3"]), ("Dundee", ["DD1", "DD4"]),
    ("Aberdeen", ["AB24", "AB10"]), ("Kirkwall", ["KW15"]),
    ("Lerwick", ["ZE1"]), ("Fort William", ["PH33"]),
    ("London", ["SW9", "E1", "E14", "N15", "NW10", "SE15", "E6"]),
    ("Southall", ["UB1"]), ("Wembley", ["HA0", "HA9"]),
    ("Birmingham", ["B11", "B8", "B19", "B10"]),
    ("Manchester", ["M14", "M8", "M16"]), ("Leeds", ["LS7", "LS8"]),
    ("Bradford", ["BD3", "BD8"]), ("Liverpool", ["L8", "L7"]),
    ("Cardiff", ["CF24", "CF10", "CF11"]), ("Swansea", ["SA1"]),
    ("Belfast", ["BT12", "BT7", "BT9"]), ("Derry", ["BT48"]),
    ("Bristol", ["BS5", "BS2"]), ("Leicester", ["LE5", "LE2"]),
    ("Luton", ["LU1", "LU4"]), ("Coventry", ["CV1", "CV6"]),
    ("Sheffield", ["S4", "S2"]), ("Nottingham", ["NG7"]),
    ("Milton Keynes", ["MK9"]), ("Reading", ["RG1"]),
    ("Peterborough", ["PE1"]), ("Paisley", ["PA1", "PA3"]),
]
IE_CITY_KEY = [
    ("Dublin", ["D01", "D03", "D07", "D08", "D12", "D15", "D24", "D6W"]),
    ("Cork", ["T12", "T23"]), ("Galway", ["H91"]), ("Limerick", ["V94"]),
    ("Letterkenny", ["F92"]), ("Dún Laoghaire", ["A96"]),
    ("Waterford", ["X91"]), ("Kilkenny", ["R95"]), ("Sligo", ["F91"]),
    ("Tralee", ["V92"]), ("Killarney", ["V93"]), ("Drogheda", ["A92"]),
    ("Dundalk", ["A91"]), ("Athlone", ["N37"]), ("Ennis", ["V95"]),
    ("Castlebar", ["F23"]), ("Navan", ["C15"]), ("Naas", ["W91"]),
]
MT_TOWN_PC = [("Sliema", "SLM"), ("Birkirkara", "BKR"), ("Mosta", "MST"),
              ("Valletta", "VLT"), ("Żebbuġ", "ZBG"), ("Qormi", "QRM"),
              ("Marsaskala", "MSK"), ("Victoria", "VCT"), ("Xagħra", "XRA"),
              ("Mellieħa", "MLH")]

EMAIL_DOMAINS = ["gmail.com"] * 5 + _split("""hotmail.co.uk, hotmail.com,
    outlook.com, outlook.ie, yahoo.co.uk, eircom.net, btinternet.com,
    icloud.com, live.ie, sky.com, protonmail.com, yahoo.fr, live.co.uk,
    googlemail.com, yahoo.com""")

INTL_PREFIX = {
    "somali": [("+252 61", "3-4"), ("+252 63", "3-4"), ("+25261", "7")],
    "oromo": [("+251 91", "3-4"), ("+251 92", "3-4"), ("+25191", "7")],
    "tigrinya": [("+291 7", "3-3"), ("+251 91", "3-4")],
    "shona": [("+263 77", "3-4"), ("+263 78", "3-4"), ("+26371", "7")],
    "wolof": [("+221 77", "3-2-2"), ("+221 78", "3-2-2"), ("00221 76", "3-2-2")],
    "malagasy": [("+261 34", "2-3-2"), ("+261 32", "2-3-2"), ("+261 33", "2-3-2")],
    "kinyarwanda": [("+250 788", "3-3"), ("+250 78", "3-4"), ("+250 72", "3-4")],
    "luganda": [("+256 772", "3-3"), ("+256 701", "3-3"), ("+256 75", "3-4")],
    "maltese": [("+356 79", "2-4"), ("+356 99", "2-4"), ("00356 77", "2-4")],
    "albanian": [("+355 69", "3-4"), ("+383 44", "3-3"), ("+355 67", "3-4")],
    "scottish": [("+44 7", "3-6")],
    "irish": [("+353 8", "1-3-4")],
}

# ---------------------------------------------------------------------------
# Templates.  {slot} = generated; the rest is literal ordinary text ("o").
# A leading "!l " forces the whole note to lower case.
# ---------------------------------------------------------------------------

PD_TEMPLATES = [
    "cx {P1} rang re {telco} bill, applied {amount} credit, FCR",
    "{P1crm} - {energy} acct {acct} - DD moved to the 28th, cx happy",
    "spoke to {P1t} about the {device}, booked engineer for {date} {time}. callback no {phone}",
    "Customer {P1g} from {home} was over the moon, {team} waived the {amount} fee",
    "- caller {P1} - dob {dob} verified - SIM swap done - thanks to {C1} in {team}",
    "{P1poss} broadband back up by {time}, {C1} did a warm transfer to {team} and they fixed the line",
    "!l cust email updated to {P1email}, confirmation sent, aht 6m",
    "{P1t} ({card}) refunded {amount} for the {retail} order {order}",
    "big win!! {P1} was going to cancel w/ {telco} but {C1} on {team} saved it",
    "new address {addr}, {pc} - {energy} smart meter booking moved to {date}",
    "{P1CRMUP} / DOB {dob} / ref {ref} / complaint closed, cx v happy",
    "cx rang from {intl} while in {home}, roaming sorted on {telco}",
    "ty {C1handle} for the help with {P1fullposs} council tax appeal",
    "called {P1g} back on {ukmob} as promised, {stream} charge reversed",
    "customer {P1ff} (surname first on the passport) - {airline} booking ref {pnr} rebooked free of charge",
    "!l sorted a payment plan for {P1}, {addr}, {amount} a month, {team} approved",
    "{P1} said {C1} was 'the best agent ever' lol, CSAT 10/10",
    "IP {ip} flagged by {team}, confirmed it was cx {P1g} logging in from {place}, unlocked acct",
    "refund to IBAN {iban} for {P1} approved by {C1}",
    "cx {P1g} had posted on {P1url}, {team} reached out and resolved it, now a fan of {telco} again",
    "d.o.b {dob} matched, {P1} passed ID&V, PAC code sent",
    "{P1g} called about bin collection at {addr}, {pc}, {council} sorting it tmrw",
    "Eircode {eircode} wrong on file for {P1t}, fixed, {ieenergy} engineer can find the house now",
    "{P1t} - phone {phone} - {device} replaced under warranty",
    "'{P1g}' on webchat was lovely, {amount} goodwill from {C1}",
    "cx was {P1} born {year}, over-65 discount applied to the {telco} landline",
    "warm transfer from {C1} ({team}) to me, cx {P1} wanted to upgrade to {device}, done",
    "!l lol {P1g} kept calling me pet, anyway booked the {retail} delivery for {date}",
    "{C1} and {C2} from {team} stayed late to fix {P1fullposs} outage in {local}",
    "cust: {P1} | acc: {acct} | ph: {phone} | issue: {telco} router | outcome: replaced",
    "account holder {P1crm} moved from {home} to {ukplace}, welcome pack sent",
    "postcode {pc} checker said no fibre but {C1} found {telco} FTTP avail, cx {P1g} delighted",
    "!l email from {P1email} re ticket {ticket} - closed w/ fcr",
    "helped dr {P1f} set up the {bank} app, {card} unblocked",
    "{P1g} rang from {place} about their dad {PM} and his {energy} account, added as third party",
    "vulnerable cx {P1}, PSR reg'd, {dobc}, next of kin {P2g} on {phone}",
    "order {order} for {P1t} arrived damaged, {retail} sent replacement next day",
    "!l {P1t} - {addr} - {pc} - gas safety check booked",
    "{P1CRMUP} acct {acct} paid in full, collections hold removed",
    "hi {C1} pls can u call {P1g} back on {ukmob} b4 5",
    "cx {P1g} on {telco} PAYG, topped up {amount}, was in tears, proper win",
    "shout out to {C1full} in {team} who got {P1} a refund of {amount}",
    "{P1} emailed in from {P1email} to say thanks, fwd to TL {C1}",
    "address: {addr}, {city} {pc}. {P1t} moving in {date}, {energy} opening read done",
    "dob check ok ({dobc}) and postcode {pc} matched, passed security, {stream} added",
    "ref {ref} - {P1g} - resolved",
    "the {P1f} household (acct {acct}) got {stream} added at no cost after the outage",
    "phoned {iephone} for {P1t}, {ietelco} van coming {date}",
    "NI no {nino} verified for {P1poss} warm home discount",
    "PPSN {ppsn} on file for {P1t}, fuel allowance applied to the {ieenergy} bill",
    "!l iban {iban} set up for dd, {P1g} happy",
    "thanks to {C1}, {P1poss} {airline} flight from {place} to {home} rebooked",
    "cx's mobile {ukmob} ported from {telco} to {telco2} w/ PAC, port date {date}",
    "login attempt from {ip} blocked, {P1} confirmed it wasnt them, pw reset",
    "{P1tfull}, {dobc}, {addr}, {pc} - moved in, {energy} opening read taken",
    "Caller \"{P1}\" said the account is still in their late mother {PFposs} name, {team} sorted it",
    "{P1crm} \u2014 {place} \u2014 {device} screen fixed under {retail} care plan, order {order}",
    "cx found us thru {P1url} lol, moved convo to webchat, sorted the {telco} bill",
    "grace period extended for {P1g}, {amount} arrears, will call back {date}",
    "cx {P1g} asked for the bill to go to {P1email}, paperless now",
    "{P1} {time} callback done, {energy} tariff fixed",
    "sorted for {P1g} today - {device} working again",
    "TL {C1} said great job on the {telco} saves today",
    "{C1handle} pls check {P1poss} case {ref} when u get a sec",
    "MPRN {mprn} for {P1t} was on the wrong meter, {ieenergy} fixed it, {amount} credit",
    "cx {P1} dob {dob} tel {phone} email {P1email} - all verified, {telco} upgrade done",
    "{P1g}: 'ye saved my life' - {device} unlocked, {C1} helped",
    "!l spoke w {P1g} and their son {PMg}, {stream} parental pin reset",
    "{P1t} from {place} wrote in to praise {C1full}, passing to {team}",
    "cx living at {addr}, {village} had no signal, {telco} mast fix due {date}",
    "{P1} from {home} - {remit} transfer working again, {bank} had blocked it",
    "cx {P1} asked for the docs to be posted abroad, {forpc}, {retail} can't ship there tho",
    "{P1} / {P2} joint acct {acct} - {energy} dual fuel switch done",
    "booked {P1t} onto the {date} {time} callback, {team}, ref {ref}",
    "{P1g} nearly cancelled {stream}, {C1} saved w/ {amount} off for 6 months. cx email {P1email}",
    "agent {C1} ({C1handle}) got FCR on a tricky {bank} fraud call, cx {P1g} v grateful",
    "{C1} covered for {C2} on {team} all afternoon, legend",
    "RECIEVED call from {P1CRMUP}, {intl}, re {airline} refund - approved {amount}",
    "custmer {P1full} acount no {acct} - {telco} contract ended, moved to sim only",
    "CRM had {P1ffl} all lower case, fixed to proper case - {idc} - address updated to {addr}",
    "business line for {biz} moved to {telco} Business, {team} did the port, ref {ref}",
    "!l {P1} ph {phone} says {C1} is a star, {energy} meter exchange booked {date}",
    "{P1full} - {card} - {retail} refund {amount} done, cx v relieved",
    "Dr {P1f} rang from {home}, {intl}, about their mum {PFpossfull} {energy} account, {team} helped",
    "cx {P1g} ({dobc}) wanted {stream} on the {device}, done in 4 mins",
    "{P1g} in {ukplace} - {idc} - smart meter fitted, {C1} did the booking",
    "spoke to {P1poss} partner {P2gP1f} (3rd party auth on file), {council} bin sorted",
    "cx {P1} wants the {retail} parcel sent to family at {foraddr}, told them we only ship to UK/IE",
    "!l {P1}s {airline} refund cheque went to the old address {foraddr}, updated to {addr}",
    "{P1t} called from {home} - {intl} - old address on file was {foraddr}, {bank} card ending {card4} re-sent",
    "cx {P1g} couldnt log in to My Account, IP {ip} was blocklisted after a VPN, {team} cleared it",
    "DD mandate for {P1t}: IBAN {iban}, first collection {date}, {energy} confirmed",
    "{P1g} asked us to stop messaging on {P1url}, noted on acct {acct}",
    "pls can someone in {team} ring {P1t} on {phone} re {idc}, they prefer {lang}",
]

NOPD_TEMPLATES = [
    "Sorted the {device} for a caller in {place}, {team} sent the credit",
    "cx from {home} living in {ukplace} now, set up {telco} SIM only deal {amount}/month",
    "{team} fixed the {telco} outage in {local} by {time}, 14 callbacks cleared",
    "big win - saved a {stream} + {telco} bundle from cancelling, AHT 9 min, FCR",
    "!l warm transfer to {team} worked first time for once lol",
    "customer rang from {place} about {energy} smart meter, install booked for {date}",
    "pls note {retail} refunds taking 3-5 working days, told cx, happy",
    "{airline} flight {place} to {home} cancelled, rebooked on {airline2} tmrw {time}",
    "council tax single person discount applied, {council} confirmed it by {time}",
    "helped an elderly caller from {place} with the {device}, she said we're better than {telco}",
    "{amount} goodwill credit approved by TL, cx will stay with {telco}",
    "the bill was wrong, {energy} used estimated reads, fixed w/ actuals, cx pleased",
    "FCR on a {bank} card block for a student from {home} studying in {ukplace}",
    "!l cx in {place} had no wifi, reset the {device}, sorted in 5 mins",
    "{team} queue was 40 deep at {time} but we cleared it by {time2}",
    "cust moving from {local} to {local2} on {date}, {energy} home move done",
    "NPS 10 from a family from {home}, they loved {stream} on the new {device}",
    "Mark as resolved - {retail} delivery arrived {date}",
    "missed bins on the Main Street route, {council} crew going back {date}",
    "cx from {country} asked if {telco} roaming works in {home}, added travel bolt-on {amount}",
    "L2 confirmed fault at the {local} exchange, all cx in the area credited {amount}",
    "{stream} not working on the {device}, cleared cache, grand",
    "got a callback slot for {date} {time}, cx will ring {team} if not sorted",
    "{energy} tariff switch for a caller in {gplace}, we had a bit of Gaelic chat, she loved it",
    "Customer flew {airline} to {home} for a wedding, lost bag traced by {team}",
    "escalated to {team}, RCA done, KB article updated, ETA {date}",
    "QA gave me 98% on the {telco} call from {place} yesterday",
    "shout out to {team} - got a {stream} refund approved in 2 mins",
    "Hope the cx in {place} gets the {device} tmrw, tracking says by {time}",
    "May bills are out, loads of {energy} calls from {place} today",
    "frank chat w cx about arrears, grace period given, {amount} a month plan agreed",
    "Sent cx the link {burl} to manage the acct, {telco} app now working",
    "{local} branch of {retail} had the {device} in stock, reserved for collection {date}",
    "!l wfh day, 32 calls, aht 5:40, 0 escalations, {team} buzzing",
    "cx will call back after {time} once the {device} reboots, kept case open",
    "bill will fall due on the 5th, moved to the 28th for cx, {bank} DD updated",
    "had to wade through 3 yrs of {energy} statements but found the overcharge, {amount} back",
    "my mentor in {team} showed me the refund workaround in {system}, 2 refunds done",
    "cx from {place2} called {team} in a panic, {airline} app showed the flight gone, just a glitch",
    "!l {ietelco} fibre live in {ieplace} finally, cx said go raibh maith agat",
    "{retail} gift card balance restored {amount}, cx in {place} over the moon",
    "tariff rose by {amount}, explained the price cap to cx in {place}, no complaint raised",
    "{travel} booking from {local} moved to {date}, no fee",
    "Keeping up the pace: 3 FCRs in a row on {team} before {time}",
    "{telco} 5G down in {local} - {team} posted an update, cx happy w/ ETA",
    "cx had a {travelcard} card top up issue, refunded {amount}, told to tap again",
    "Spoke {lang} w a caller in {ukplace}, {energy} prepay meter sorted",
    "!l cx rang from {home} re {remit} transfer, sorted w {bank}, fcr",
    "SAVE: {stream} + {telco} broadband, was leaving for {telco2}, kept w {amount} off",
    "Prepay meter emergency credit added for a caller in {place}, {energy} engineer {date}",
    "cx in {home} visiting family, {telco} roaming bolt-on added, {amount} for 30 days",
    "{council} queue: 3 council tax reductions and a bulky waste booking, all FCR",
    "WIN: {energy} refund of {amount} for cx in {ieplace}, {team} pushed it thru same day",
    "!l {device} swapped at {retail} {local}, cx didnt have to wait, acw 2 min",
    "{travel} strike in {local} today, {team} handled 60+ calls, avg AHT 7:10",
    "cust from {country} now in {place}, set up {bank} DD for the {energy} bill",
    "TL asked us to log every {telco} save in {system} before {time}, done",
    "cx said the {stream} sub was taken twice, refunded {amount}, sorry note sent",
    "Big thanks to {team} and {team2} for the {energy} outage comms in {local}",
    "!l no answer on callback at {time}, left vm, will try {date}",
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

_EXTRA_FOLD = {"ħ": "h", "Ħ": "H", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
               "æ": "ae", "œ": "oe", "ø": "o", "\u2019": "'"}


def _fold(s):
    for a, b in _EXTRA_FOLD.items():
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _name_words(name):
    """Every lower-cased accent-folded form a name's words could be listed as."""
    out = set()
    for w in re.split(r"[\s\-]+", name):
        if not w:
            continue
        w2 = _fold(w).lower()
        out.add(w2)
        stripped = re.sub(r"[^a-z0-9]", "", w2)
        if stripped:
            out.add(stripped)
        for piece in re.split(r"['.]", w2):
            if piece:
                out.add(piece)
    return out


def _ok(name, listed):
    return not (_name_words(name) & listed)


def _slug(s):
    return re.sub(r"[^a-z0-9]", "", _fold(s).lower())


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _group(rng, spec):
    return " ".join(_digits(rng, int(k)) for k in spec.split("-"))


def _iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


class _Ctx:
    def __init__(self, rng, pools):
        self.rng = rng
        self.pools = pools
        self.people = {}
        self.region = None

    # -- people ---------------------------------------------------------
    def person(self, key):
        if key in self.people:
            return self.people[key]
        rng = self.rng
        if key in ("P2", "PF", "PM") and "P1" in self.people and rng.random() < 0.75:
            cult = self.people["P1"]["cult"]
            if not self._has(cult):
                cult = rng.choice(self._cults())
        else:
            cult = rng.choice(self._cults())
        p = self.pools[cult]
        sexes = [s for s in ("f", "m") if p[s] and p["fam_" + s]]
        want = {"PF": "f", "PM": "m"}.get(key)
        if want and want not in sexes:
            cults = [c for c in self._cults() if self.pools[c][want] and self.pools[c]["fam_" + want]]
            if cults:
                cult = rng.choice(cults)
                p = self.pools[cult]
                sexes = [want]
        sex = want if want in sexes else rng.choice(sexes)
        given = rng.choice(p[sex])
        fam = rng.choice(p["fam_" + sex])
        if key in ("P2", "PF", "PM") and "P1" in self.people and rng.random() < 0.5:
            p1 = self.people["P1"]
            if p1["cult"] == cult and p1["f"] in p["fam_" + sex]:
                fam = p1["f"]
        person = dict(cult=cult, sex=sex, g=given, f=fam)
        self.people[key] = person
        return person

    def _has(self, cult):
        p = self.pools[cult]
        return any(p[s] and p["fam_" + s] for s in ("f", "m"))

    def _cults(self):
        return [c for c in self.pools if self._has(c)]

    def culture(self):
        return self.person("P1")["cult"]


def _title(rng, sex):
    if sex == "f":
        t = rng.choice(["Mrs", "Ms", "Miss", "Ms", "Mrs", "Dr", "Mx"])
    else:
        t = rng.choice(["Mr", "Mr", "Mr", "Dr", "Mx"])
    if rng.random() < 0.15:
        t = t.lower()
    if rng.random() < 0.2 and t.lower() != "mx":
        t += "."
    return t


def _email(rng, p):
    g, f = _slug(p["g"]), _slug(p["f"])
    d = rng.choice(EMAIL_DOMAINS)
    n = str(rng.randint(1, 99))
    yy = "%02d" % rng.randint(60, 99)
    forms = [f"{g}.{f}", f"{g}{f}{n}", f"{g[0]}{f}", f"{f}.{g}{n}",
             f"{g}_{f[:5]}{n}", f"{g}{yy}", f"{g}.{f[0]}{yy}", f"{f}{g[0]}"]
    e = rng.choice(forms) + "@" + d
    if rng.random() < 0.12:
        e = e[0].upper() + e[1:]
    return e


def _url(rng, p):
    g, f = _slug(p["g"]), _slug(p["f"])
    n = str(rng.randint(2, 999))
    forms = [f"facebook.com/{g}.{f}", f"www.facebook.com/{g}{f}{n}",
             f"linkedin.com/in/{g}-{f}-{rng.choice('abcdef')}{_digits(rng, 3)}",
             f"https://www.instagram.com/{g}_{f}", f"instagram.com/{g}.{f[0]}{n}",
             f"tiktok.com/@{g}{f}", f"x.com/{g}_{f}{n}",
             f"https://www.linkedin.com/in/{g}{f}/"]
    return rng.choice(forms)


def _uk_mobile(rng):
    body = "7" + _digits(rng, 9)
    k = rng.randrange(6)
    if k == 0:
        return "0" + body[:4] + " " + body[4:]
    if k == 1:
        return "0" + body
    if k == 2:
        return "+44 " + body[:4] + " " + body[4:]
    if k == 3:
        return "+44" + body
    if k == 4:
        return "0" + body[:4] + "-" + body[4:7] + "-" + body[7:]
    return "(+44) " + "0" + body[:4] + " " + body[4:]


def _uk_land(rng):
    k = rng.randrange(8)
    if k == 0:
        return "020 " + _digits(rng, 4) + " " + _digits(rng, 4)
    if k == 1:
        return "0141 " + _digits(rng, 3) + " " + _digits(rng, 4)
    if k == 2:
        return "0161 " + _digits(rng, 3) + " " + _digits(rng, 4)
    if k == 3:
        return "0113 " + _digits(rng, 3) + " " + _digits(rng, 4)
    if k == 4:
        return "029 " + _digits(rng, 4) + " " + _digits(rng, 4)
    if k == 5:
        return "028 90" + _digits(rng, 2) + " " + _digits(rng, 4)
    if k == 6:
        return "01851 70" + _digits(rng, 4)
    return "(01478) 61" + _digits(rng, 4)


def _ie_phone(rng):
    k = rng.randrange(7)
    pre = rng.choice(["83", "85", "86", "87", "89"])
    if k == 0:
        return "0" + pre + " " + _digits(rng, 3) + " " + _digits(rng, 4)
    if k == 1:
        return "0" + pre + "-" + _digits(rng, 3) + "-" + _digits(rng, 4)
    if k == 2:
        return "+353 " + pre + " " + _digits(rng, 3) + " " + _digits(rng, 4)
    if k == 3:
        return "+353" + pre + _digits(rng, 7)
    if k == 4:
        return "01 " + _digits(rng, 3) + " " + _digits(rng, 4)
    if k == 5:
        return "021 4" + _digits(rng, 2) + " " + _digits(rng, 4)
    return "(091) 5" + _digits(rng, 5)


def _intl_phone(rng, cult):
    pre, spec = rng.choice(INTL_PREFIX[cult])
    if spec == "7":
        return pre + _digits(rng, 7)
    return pre + " " + _group(rng, spec)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]


def _ord(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _dob(rng):
    y = rng.randint(1936, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = _MONTHS[m - 1]
    k = rng.randrange(12)
    return [
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d} {mon[:3].lower()} {y % 100:02d}", f"{_ord(d)} {mon} {y}",
        f"{d:02d}.{m:02d}.{y}", f"{d}-{mon[:3]}-{y}", f"{mon[:3]} {d} {y}",
        f"{_ord(d)} of {mon.lower()} {y}", f"{d} {mon[:3]} {y}",
        f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}.{m}.{y}",
    ][k]


_PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
_EIR_LETTERS = "ACDEFHKNPRTVWXY"


def _case_variant(rng, s, nospace_ok=True):
    k = rng.random()
    if k < 0.2:
        s = s.lower()
    if nospace_ok and rng.random() < 0.2:
        s = s.replace(" ", "")
    return s


def _uk_pc(rng, district=None):
    if district is None:
        district = rng.choice(rng.choice(UK_CITY_PC)[1])
    inward = str(rng.randint(1, 9)) + rng.choice(_PC_LETTERS) + rng.choice(_PC_LETTERS)
    return _case_variant(rng, district + " " + inward)


def _eircode(rng, key=None):
    if key is None:
        key = rng.choice(rng.choice(IE_CITY_KEY)[1])
    uid = rng.choice(_EIR_LETTERS) + "".join(rng.choice(_EIR_CHARS) for _ in range(3))
    return _case_variant(rng, key + " " + uid)


def _mt_pc(rng, code=None):
    if code is None:
        code = rng.choice(MT_TOWN_PC)[1]
    return _case_variant(rng, code + " " + _digits(rng, 4))


# -- slot implementations ---------------------------------------------------

def _o(s):
    return [(s, "o")]


def _slot(ctx, name):  # noqa: C901 - a flat dispatcher is clearest here
    rng = ctx.rng
    ch = rng.choice

    # people
    m = re.fullmatch(r"(P1|P2|C1|C2|PF|PM)(.*)", name)
    if m:
        key, form = m.groups()
        p = ctx.person(key)
        g, f = p["g"], p["f"]
        if form == "":
            if key.startswith("C") and rng.random() < 0.7:
                return [(g, "name")]
            return [(g + " " + f, "name")]
        if form == "g":
            return [(g, "name")]
        if form == "f":
            return [(f, "name")]
        if form == "full":
            return [(g + " " + f, "name")]
        if form == "t":
            if rng.random() < 0.3:
                return [(_title(rng, p["sex"]) + " ", "o"), (g + " " + f, "name")]
            return [(_title(rng, p["sex"]) + " ", "o"), (f, "name")]
        if form == "tfull":
            return [(_title(rng, p["sex"]) + " ", "o"), (g + " " + f, "name")]
        if form == "crm":
            k = rng.randrange(4)
            s = [f"{f.upper()}, {g}", f"{f.lower()}, {g.lower()}", f"{f}, {g}",
                 f"{f.upper()}, {g.upper()}"][k]
            return [(s, "name")]
        if form == "CRMUP":
            return [(ch([f"{f.upper()}, {g}", f"{f.upper()}, {g.upper()}",
                         f"{f.upper()} {g}"]), "name")]
        if form == "ff":
            return [(ch([f"{f} {g}", f"{f.upper()} {g}"]), "name")]
        if form == "ffl":
            return [(ch([f"{f.lower()} {g.lower()}", f"{f.lower()}, {g.lower()}"]), "name")]
        if form == "gP1f":
            return [(g + " " + ctx.person("P1")["f"], "name")]
        if form == "possfull":
            return [(g + " " + f, "name"), ("'s", "o")]
        if form == "poss":
            return [(g, "name"), ("'s", "o")]
        if form == "fullposs":
            if rng.random() < 0.5:
                return [(g + " " + f, "name"), ("'s", "o")]
            return [(g, "name"), ("'s", "o")]
        if form == "email":
            return [(_email(rng, p), "email")]
        if form == "url":
            return [(_url(rng, p), "url")]
        if form == "handle":
            k = rng.randrange(4)
            h = [_slug(g), _slug(g) + "." + _slug(f)[:1], _slug(g) + _slug(f),
                 g.split()[0]][k]
            return [("@", "o"), (h, "name")]
        raise KeyError(name)

    if name == "biz":
        p = ctx.person("P1")
        trade = ch(["Plumbing Ltd", "Cabs", "Hair & Beauty", "Motors",
                    "Groceries", "Builders", "Tailoring"])
        return [(p["f"], "~"), (" " + trade, "o")]

    # brands and places
    simple = {
        "telco": TELCO, "telco2": TELCO, "ietelco": IE_TELCO, "energy": ENERGY,
        "ieenergy": IE_ENERGY, "retail": RETAIL, "device": DEVICE,
        "stream": STREAM, "bank": BANK, "remit": REMIT, "airline": AIRLINE,
        "airline2": AIRLINE, "travel": TRAVEL, "council": COUNCIL,
        "system": SYSTEM, "team": TEAMS, "team2": TEAMS, "ukplace": UK_PLACES,
        "ieplace": IE_PLACES, "gplace": GA_PLACES, "amount": AMOUNTS,
        "time": TIMES, "time2": TIMES, "date": ODATES, "burl": BRAND_URL,
    }
    if name in simple:
        return _o(ch(simple[name]))
    if name in ("local", "local2"):
        r = rng.random()
        if r < 0.5:
            return _o(ch(UK_PLACES))
        if r < 0.88:
            return _o(ch(IE_PLACES))
        return _o(ch(GA_PLACES))
    if name == "travelcard":
        return _o(ch(["Leap", "TFI Leap", "Oyster", "Translink", "Luas", "Citylink"]))
    if name in ("place", "place2"):
        r = rng.random()
        if r < 0.38:
            return _o(ch(UK_PLACES))
        if r < 0.68:
            return _o(ch(IE_PLACES))
        if r < 0.78:
            return _o(ch(GA_PLACES))
        return _o(ch(CULTURES[ch(list(CULTURES))]["homes"]))
    if name == "home":
        return _o(ch(CULTURES[ctx.culture()]["homes"]))
    if name == "country":
        return _o(ch(CULTURES[ctx.culture()]["countries"]))
    if name == "lang":
        return _o(CULTURES[ctx.culture()]["lang"])
    if name == "village":
        pool = {"uk": VILLAGES[:6] + ["Scalpay", "Lochboisdale"],
                "ie": VILLAGES[6:12], "mt": ["Xewkija", "Għarb"]}.get(ctx.region, VILLAGES)
        return [(ch(pool), "~")]

    # phones
    if name == "ukmob":
        return [(_uk_mobile(rng), "phone")]
    if name == "iephone":
        return [(_ie_phone(rng), "phone")]
    if name == "intl":
        return [(_intl_phone(rng, ctx.culture()), "phone")]
    if name == "phone":
        r = rng.random()
        if r < 0.35:
            v = _uk_mobile(rng)
        elif r < 0.5:
            v = _uk_land(rng)
        elif r < 0.8:
            v = _ie_phone(rng)
        else:
            v = _intl_phone(rng, ctx.culture())
        return [(v, "phone")]

    # ids
    if name == "acct":
        return [(ch([_digits(rng, 10), "AC" + _digits(rng, 8),
                     "60" + _digits(rng, 8), _digits(rng, 4) + " " + _digits(rng, 4) + " " + _digits(rng, 2),
                     "IE-" + _digits(rng, 8)]), "id")]
    if name == "ref":
        return [(ch([_digits(rng, 6), _digits(rng, 8),
                     "CAS-" + _digits(rng, 5) + "-" + rng.choice("BCDFGH") + _digits(rng, 1) + rng.choice("KLMNPQ") + _digits(rng, 1),
                     "C" + _digits(rng, 7), _digits(rng, 3) + "-" + _digits(rng, 4)]), "id")]
    if name == "ticket":
        return [(ch(["INC" + _digits(rng, 7), "TKT-" + _digits(rng, 5),
                     "SR" + _digits(rng, 8), "#" + _digits(rng, 6)]), "id")]
    if name == "order":
        return [(ch([_digits(rng, 9), "A" + _digits(rng, 2) + "-" + _digits(rng, 6),
                     _digits(rng, 3) + "-" + _digits(rng, 7) + "-" + _digits(rng, 7),
                     "ORD" + _digits(rng, 7), _digits(rng, 8)]), "id")]
    if name == "pnr":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        v = "".join(rng.choice(chars) for _ in range(6))
        if not re.search(r"\d", v):
            v = v[:3] + str(rng.randint(2, 9)) + v[4:]
        return [(v, "id")]
    if name == "nino":
        v = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        body = _digits(rng, 6)
        suf = rng.choice("ABCD")
        if rng.random() < 0.5:
            v = f"{v} {body[:2]} {body[2:4]} {body[4:]} {suf}"
        else:
            v = v + body + suf
        return [(v, "id")]
    if name == "ppsn":
        return [(_digits(rng, 7) + rng.choice("ABCDEFGHKLMNPTW") + rng.choice(["", "", "A", "W"]), "id")]
    if name == "mprn":
        return [("10" + _digits(rng, 9), "id")]
    if name == "idc":
        k = rng.randrange(8)
        cue, val = [
            ("case REF ", _digits(rng, 6)), ("acct no. ", _digits(rng, 10)),
            ("order #", _digits(rng, 8)), ("ticket ", "INC" + _digits(rng, 7)),
            ("cust no ", "C-" + _digits(rng, 7)), ("booking ref ", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + _digits(rng, 3)),
            ("council tax ref ", _digits(rng, 10)), ("GPRN ", _digits(rng, 7)),
        ][k]
        return [(cue, "o"), (val, "id")]

    # cards, dob
    if name == "card4":
        return [(_digits(rng, 4), "card")]
    if name == "card":
        cue = ch(["card ending ", "card ending in ", "last 4 ", "visa ending ",
                  "mastercard ending in ", "debit card **** ", "card xxxx-",
                  "last four digits: ", "card ending: "])
        return [(cue, "o"), (_digits(rng, 4), "card")]
    if name == "dob":
        return [(_dob(rng), "dob")]
    if name == "year":
        return [(str(rng.randint(1936, 1998)), "dob")]
    if name == "dobc":
        cue = ch(["DOB ", "dob: ", "d.o.b ", "date of birth ", "DoB ",
                  "born ", "D.O.B. ", "dob "])
        if cue == "born " and rng.random() < 0.4:
            return [(cue, "o"), (str(rng.randint(1936, 1998)), "dob")]
        return [(cue, "o"), (_dob(rng), "dob")]

    # addresses and postcodes
    if name == "addr":
        r = rng.random()
        if r < 0.55:
            ctx.region = "uk"
            city, dists = rng.choice(UK_CITY_PC)
            ctx.city, ctx.district = city, rng.choice(dists)
            k = rng.randrange(6)
            num = rng.randint(1, 240)
            full, abbr = rng.choice(UK_TYPES)
            typ = abbr if rng.random() < 0.5 else full
            st = rng.choice(UK_STREETS)
            if k == 0:
                v = f"{num} {st} {typ}"
            elif k == 1:
                v = f"flat {rng.randint(0, 3)}/{rng.randint(1, 2)}, {num} {st} {typ}"
            elif k == 2:
                v = f"{rng.randint(1, 4)}F{rng.randint(1, 3)}, {num} {st} {typ}"
            elif k == 3:
                v = f"Flat {rng.randint(1, 30)}, {num} {st} {typ}"
            elif k == 4:
                v = f"{num} {rng.choice(GAELIC_STREETS)}"
            else:
                v = f"{num}{rng.choice(['a', 'b', ''])} {st} {typ}".lower()
        elif r < 0.88:
            ctx.region = "ie"
            city, keys = rng.choice(IE_CITY_KEY)
            ctx.city, ctx.key = city, rng.choice(keys)
            k = rng.randrange(5)
            num = rng.randint(1, 160)
            if k == 0:
                full, abbr = rng.choice(IE_TYPES)
                v = f"{num} {rng.choice(IE_STREETS)} {rng.choice([full, abbr])}"
            elif k == 1:
                v = f"Apt {rng.randint(1, 120)}, {rng.choice(IE_ESTATES)}"
            elif k == 2:
                v = f"{num} {rng.choice(GAELIC_STREETS)}"
            elif k == 3:
                v = f"apt {rng.randint(1, 40)} {rng.choice(IE_ESTATES).lower()}"
            else:
                v = f"{num} St {rng.choice(['Brigid', 'Enda', 'Declan', 'Kevin'])}'s {rng.choice(['Tce', 'Park', 'Rd'])}"
        else:
            ctx.region = "mt"
            town, code = rng.choice(MT_TOWN_PC)
            ctx.city, ctx.mtcode = town, code
            k = rng.randrange(3)
            if k == 0:
                v = f"Flat {rng.randint(1, 12)}, {rng.randint(1, 200)}, {rng.choice(MT_STREETS)}"
            elif k == 1:
                v = f"{rng.randint(1, 200)}, {rng.choice(MT_STREETS)}"
            else:
                v = f"Block {rng.choice('ABC')}, Flat {rng.randint(1, 9)}, {rng.choice(MT_STREETS)}"
        if rng.random() < 0.1:
            v = v.lower()
        return [(v, "address")]
    if name == "city":
        if ctx.region is None:
            _slot(ctx, "addr")
        return _o(ctx.city)
    if name == "pc":
        if ctx.region == "uk":
            return [(_uk_pc(rng, ctx.district), "postcode")]
        if ctx.region == "ie":
            return [(_eircode(rng, ctx.key), "postcode")]
        if ctx.region == "mt":
            return [(_mt_pc(rng, ctx.mtcode), "postcode")]
        if rng.random() < 0.6:
            return [(_uk_pc(rng), "postcode")]
        return [(_eircode(rng), "postcode")]
    if name == "eircode":
        return [(_eircode(rng), "postcode")]
    if name == "forpc":
        k = rng.randrange(6)
        if k == 0:
            town, code = rng.choice(MT_TOWN_PC)
            return [("postcode ", "o"), (_mt_pc(rng, code), "postcode"), (", " + town, "o")]
        if k == 1:
            return [("kodi postar ", "o"), (rng.choice(["1001", "1019", "1023"]), "postcode"), (" Tiranë", "o")]
        if k == 2:
            return [("postal code ", "o"), (rng.choice(["2001", "2003"]), "postcode"), (", Durrës, Albania", "o")]
        if k == 3:
            return [("zip ", "o"), (rng.choice(["10000", "20000", "30000"]), "postcode"), (" Kosovo", "o")]
        if k == 4:
            return [("code postal ", "o"), (rng.choice(["10200", "12500", "11000"]), "postcode"), (" Dakar", "o")]
        return [("code postal ", "o"), (rng.choice(["101", "102", "501"]), "postcode"), (" Madagascar", "o")]

    if name == "foraddr":
        n1, n2 = rng.randint(1, 60), rng.randint(1, 30)
        k = rng.randrange(8)
        v, place = [
            (f"Villa {n1}, Rue {n2}, Sicap Liberté", ", Dakar"),
            (f"Flat {n2 % 6 + 1}, {n1} Rue Abdoulaye Seck", ", Saint-Louis"),
            (f"Lot II J {n1} Ivandry", ", Antananarivo"),
            (f"Plot {n1}, Kira Rd, Kamwokya", ", Kampala"),
            (f"KG {n1 + 100} St, house {n2}", ", Kigali"),
            (f"Rruga e Durrësit {n1}, ap. {n2}", ", Tiranë"),
            (f"Rr. Nëna Terezë {n1}, hyrja {n2 % 4 + 1}", ", Prishtinë"),
            (f"House {n1}, Jigjiga Yar, near the {rng.choice(['school', 'mosque', 'market'])}", ", Hargeisa"),
        ][k]
        return [(v, "address"), (place, "o")]

    # network / bank
    if name == "ip":
        if rng.random() < 0.15:
            v = "2a02:8084:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xffff), rng.randint(1, 0xfff))
        else:
            v = "%d.%d.%d.%d" % (rng.choice([86, 89, 109, 176, 31, 37, 51, 78, 90, 82, 94, 213]),
                                 rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
        return [(v, "ip")]
    if name == "iban":
        k = rng.randrange(4)
        if k == 0:
            cc, bban = "GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "MONZ", "SRLG"]) + _digits(rng, 14)
        elif k == 1:
            cc, bban = "IE", rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + _digits(rng, 14)
        elif k == 2:
            cc, bban = "MT", rng.choice(["VALL", "MALT", "APSB"]) + _digits(rng, 5) + _digits(rng, 18)
        else:
            cc, bban = "AL", _digits(rng, 8) + _digits(rng, 16)
        s = cc + _iban_check(cc, bban) + bban
        if rng.random() < 0.6:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return [(s, "iban")]

    raise KeyError(name)


_SLOT_RE = re.compile(r"\{(\w+)\}")


def _render(ctx, template):
    force_lower = template.startswith("!l ")
    if force_lower:
        template = template[3:]
    parts = []
    pos = 0
    for m in _SLOT_RE.finditer(template):
        if m.start() > pos:
            parts.append((template[pos:m.start()], "o"))
        parts.extend(_slot(ctx, m.group(1)))
        pos = m.end()
    if pos < len(template):
        parts.append((template[pos:], "o"))
    return parts, force_lower


def _merge(parts):
    out = []
    for text, label in parts:
        if not text:
            continue
        if out and out[-1][1] == label:
            out[-1] = (out[-1][0] + text, label)
        else:
            out.append((text, label))
    return out


def _build_pools(listed):
    pools = {}
    for cult, d in CULTURES.items():
        fam = d.get("fam", [])
        fam_f = [n for n in fam + d.get("fam_f", []) if _ok(n, listed)]
        fam_m = [n for n in fam + d.get("fam_m", []) if _ok(n, listed)]
        pools[cult] = dict(
            f=[n for n in d["f"] if _ok(n, listed)],
            m=[n for n in d["m"] if _ok(n, listed)],
            fam_f=fam_f, fam_m=fam_m,
        )
    return pools


def blind_notes(listed: frozenset[str] = frozenset()) -> list[list[tuple[str, str]]]:
    listed = frozenset(_fold(w).lower() for w in listed)
    pools = _build_pools(listed)
    if not any(p[s] and p["fam_" + s] for p in pools.values() for s in ("f", "m")):
        raise ValueError("every name was listed; nothing left to build notes from")
    rng = random.Random(SEED)
    # The schedule (which template, lower case or not) uses its own generator,
    # so it is the same whatever `listed` removes from the name pools.
    sched = random.Random(SEED + 1)
    pd_order, nopd_order = [], []
    notes = []
    for i in range(N_NOTES):
        use_nopd = sched.random() < 0.34
        order = nopd_order if use_nopd else pd_order
        if not order:
            order.extend(NOPD_TEMPLATES if use_nopd else PD_TEMPLATES)
            sched.shuffle(order)
        template = order.pop()
        ctx = _Ctx(rng, pools)
        parts, force_lower = _render(ctx, template)
        if sched.random() < 0.27 or force_lower:
            parts = [(t.lower(), lab) for t, lab in parts]
        notes.append(_merge(parts))
    return notes


TEMPLATE_COUNT = len(PD_TEMPLATES) + len(NOPD_TEMPLATES)


if __name__ == "__main__":
    import sys
    from collections import Counter

    def report(listed):
        notes = blind_notes(listed)
        again = blind_notes(listed)
        assert notes == again, "not deterministic"
        bad = 0
        for note in notes:
            if not note:
                bad += 1
            for part in note:
                if not (isinstance(part, tuple) and len(part) == 2
                        and isinstance(part[0], str) and part[0]
                        and part[1] in LABELS):
                    bad += 1
        n = len(notes)
        lower = sum(1 for nt in notes if "".join(t for t, _ in nt) ==
                    "".join(t for t, _ in nt).lower())
        nopd = sum(1 for nt in notes if all(l in ("o",) for _, l in nt))
        labels = Counter(l for nt in notes for _, l in nt)
        notes_with = Counter(l for nt in notes for l in {l for _, l in nt})
        print(f"listed={sorted(listed)[:8]}{'...' if len(listed) > 8 else ''}")
        print(f"  notes: {n}")
        print(f"  share entirely lower case: {lower / n:.3f}")
        print(f"  share with no personal data: {nopd / n:.3f}")
        print(f"  templates: {TEMPLATE_COUNT} ({len(PD_TEMPLATES)} with personal data, "
              f"{len(NOPD_TEMPLATES)} without)")
        print("  parts per label:", dict(sorted(labels.items())))
        print("  notes containing label:", dict(sorted(notes_with.items())))
        print(f"  invalid parts/notes: {bad}")
        return notes, bad

    _, bad1 = report(frozenset())
    made_up = frozenset({"moyo", "aoife", "ni", "mac", "borg", "hodan", "diop",
                         "haile", "nakato", "hoxha", "rakoto", "uwimana", "o",
                         "kato", "eilidh", "marija"})
    notes2, bad2 = report(made_up)
    leaked = [t for nt in notes2 for t, l in nt if l == "name"
              and _name_words(t.replace(",", " ")) & made_up]
    print(f"  names containing a listed word: {len(leaked)}")
    sys.exit(1 if (bad1 or bad2 or leaked) else 0)
