# -*- coding: utf-8 -*-
"""Blind evaluation set: customer-care 'win' notes, Nordic/Baltic/CEE/Balkan desks."""
import random
import re
import unicodedata

SEED = 7341
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

def _w(s):
    return [x.strip() for x in s.split(",") if x.strip()]

# ---------------------------------------------------------------- name pools
# each pool: m = male given, f = female given, fam = family names (base form),
# order "gf" (given family) or "fg" (family first), country list
POOLS = {
 "swedish": dict(countries=["SE"],
  m=_w("Erik,Lars,Anders,Johan,Karl,Per,Nils,Olof,Gustav,Sven,Mikael,Henrik,Magnus,Björn,Stig,Ulf,Bo,Åke,Göran,Linus,Hugo,Viktor,Oskar,Axel,Dag"),
  f=_w("Anna,Maria,Karin,Ingrid,Sofia,Elin,Linnea,Astrid,Maja,Saga,Ebba,Frida,Sigrid,Märta,Britt,Lena,Ulla,Agneta,Malin,Klara,Tuva,Alva,Ylva,Solveig"),
  fam=_w("Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Pettersson,Lindberg,Lindqvist,Lundgren,Berg,Lund,Holm,Strand,Sjöberg,Björk,Ek,Nyström,Bergström,Åkesson,Wallin,Engström,Hedlund,Sandberg,Forsberg,Lindström,von Essen,af Klercker,Lilja,Dahl,Blom,Fors,Öberg,Söderberg,Häggström,Falk,Wikström,Lind-Holmberg")),
 "norwegian": dict(countries=["NO"],
  m=_w("Ole,Lars,Knut,Jon,Håkon,Eirik,Magnus,Sindre,Trond,Geir,Bjørn,Rune,Stein,Arne,Odd,Tor,Vegard,Espen,Sigurd,Fredrik,Aksel,Even"),
  f=_w("Ingrid,Kari,Solveig,Ragnhild,Marit,Sigrid,Hege,Tone,Liv,Randi,Astrid,Nora,Ingeborg,Silje,Thea,Maren,Åse,Gro,Vilde,Synnøve,Hanne,Ida"),
  fam=_w("Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Jensen,Karlsen,Berg,Haugen,Hagen,Johnsen,Bakke,Dahl,Solberg,Lie,Moen,Strand,Aas,Brekke,Eide,Nygård,Sæther,Lunde,Haugland,Fjeld,Myhre,Rønning,Vik,Holm,Tveit,Bråten,Løken,Amundsen,Skog,Heggelund,Fossum,Kvalheim,Aune-Lie,Sandvik")),
 "danish": dict(countries=["DK"],
  m=_w("Jens,Søren,Niels,Mads,Rasmus,Anders,Frederik,Christian,Henrik,Mikkel,Kasper,Jesper,Morten,Bo,Poul,Torben,Storm,Malthe,Emil,Oliver,Aksel,Villads"),
  f=_w("Mette,Karen,Birgitte,Lene,Hanne,Pia,Susanne,Camilla,Freja,Ida,Emma,Laura,Signe,Sofie,Astrid,Trine,Lotte,Dorthe,Kirsten,Maja,Inger,Tove"),
  fam=_w("Jensen,Nielsen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Jørgensen,Petersen,Madsen,Kristensen,Olsen,Thomsen,Poulsen,Møller,Mortensen,Knudsen,Holm,Lund,Skov,Bak,Dam,Kjær,Vestergaard,Frost,Mølgaard,Bech,Krogh,Lauridsen,Brandt,Juul,Winther,Dalgaard,Friis,Bruun,Ravn,Nørgaard,de Linde,Schou Kjeldsen")),
 "finnish": dict(countries=["FI"],
  m=_w("Juha,Mikko,Timo,Jukka,Matti,Kari,Antti,Pekka,Jari,Sami,Ville,Tuomas,Eero,Lauri,Onni,Veikko,Aleksi,Joonas,Heikki,Markku,Otso,Väinö"),
  f=_w("Anna,Aino,Eeva,Liisa,Sanna,Tiina,Päivi,Kaisa,Riikka,Minna,Johanna,Helmi,Venla,Aada,Pihla,Satu,Tuula,Marjatta,Hanna,Noora,Elina,Ilona,Kerttu"),
  fam=_w("Korhonen,Virtanen,Mäkinen,Nieminen,Mäkelä,Hämäläinen,Laine,Heikkinen,Koskinen,Järvinen,Lehtonen,Lehtinen,Saarinen,Salminen,Heinonen,Niemi,Heikkilä,Kinnunen,Salonen,Turunen,Salo,Laitinen,Tuominen,Rantanen,Karjalainen,Jokinen,Mattila,Savolainen,Lahtinen,Ahonen,Koski,Kallio,Honkanen,Lindroos,Nurmi,Väisänen,Hakala,Peltonen,Aalto,Harju")),
 "icelandic": dict(countries=["IS"],
  m=_w("Jón,Sigurður,Guðmundur,Gunnar,Ólafur,Einar,Kristján,Magnús,Stefán,Jóhann,Björn,Ari,Haukur,Ragnar,Þórður,Egill,Snorri,Arnar,Bjarni,Hallgrímur,Kári,Óskar"),
  f=_w("Guðrún,Anna,Kristín,Sigríður,Margrét,Helga,Sigrún,Ingibjörg,Jóhanna,Katrín,Ragnheiður,Halla,Brynja,Sólveig,Þóra,Hildur,Eyrún,Vigdís,Birna,Auður,Edda,Embla"),
  pat=_w("Jóns,Sigurðar,Guðmundar,Gunnars,Ólafs,Einars,Kristjáns,Magnúsar,Stefáns,Jóhanns,Björns,Ara,Hauks,Ragnars,Þórðar,Egils,Snorra,Arnars,Bjarna,Hallgríms,Kára,Óskars,Péturs,Helga,Páls,Árna,Hannesar,Karls,Davíðs,Halldórs"),
  fam=_w("Thorarensen,Briem,Blöndal,Thoroddsen,Hafstein,Zoëga,Thors,Kvaran,Laxness,Bergmann")),
 "sami": dict(countries=["NO", "SE", "FI"],
  m=_w("Ánde,Máhtte,Niillas,Jovnna,Áslat,Isak,Biera,Heaika,Issát,Ovllá,Jussa,Ámmun,Piera,Nils,Lasse,Mikkal,Ailo,Sámmol,Hánsa,Juhán,Ánte,Ivvár"),
  f=_w("Máret,Sárá,Risten,Elle,Ánne,Inga,Biret,Gáren,Ellen,Karen,Márjá,Kirsten,Ristin,Sunná,Ravdna,Iŋgá,Májjá,Ánná,Elen,Siri,Láilá"),
  fam=_w("Gaup,Eira,Sara,Hætta,Somby,Triumf,Bongo,Utsi,Balto,Turi,Buljo,Logje,Kuhmunen,Labba,Sikku,Sunna,Kuoljok,Länta,Valkeapää,Näkkäläjärvi,Aikio,Magga,Oskal,Guttorm,Skum,Nutti,Blind,Marainen,Kitti,Pittja,Partapuoli,Omma,Anti,Mienna,Pavval,Juuso,Keskitalo,Länsman,Porsanger,Siri,Gaup Eira")),
 "estonian": dict(countries=["EE"],
  m=_w("Jaan,Tõnu,Andres,Peeter,Mart,Rein,Toomas,Jüri,Margus,Priit,Urmas,Tiit,Kalle,Siim,Rasmus,Oskar,Kaur,Mihkel,Rando,Aivar,Indrek,Sander"),
  f=_w("Kadri,Maarja,Liis,Kristiina,Tiina,Triin,Mari,Piret,Helen,Kertu,Anu,Katrin,Eha,Marju,Grete,Laura,Hele,Reet,Ülle,Merle,Sirje,Karmen"),
  fam=_w("Tamm,Saar,Sepp,Mägi,Kask,Kukk,Rebane,Ilves,Pärn,Koppel,Lepik,Kuusk,Oja,Kaasik,Luik,Karu,Lill,Põder,Kivi,Vaher,Raud,Teder,Rand,Kallas,Mets,Laur,Järv,Aavik,Sild,Org,Lõhmus,Paju,Kruus,Kõiv,Rätsep,Mölder,Nõmm,Vares,Uibo,Kuusik")),
 "latvian": dict(countries=["LV"],
  m=_w("Jānis,Andris,Juris,Edgars,Māris,Kārlis,Roberts,Artūrs,Aivars,Gints,Raimonds,Valdis,Uldis,Ivars,Krišjānis,Mārtiņš,Dāvis,Rihards,Emīls,Oskars,Ainārs,Toms"),
  f=_w("Anna,Līga,Ilze,Inese,Dace,Kristīne,Laura,Zane,Agnese,Ieva,Sanita,Baiba,Māra,Gunta,Dzintra,Elīna,Evija,Sandra,Alise,Rūta,Marta,Signe"),
  fam=_w("Bērziņš,Kalniņš,Ozoliņš,Jansons,Ozols,Liepiņš,Krūmiņš,Balodis,Eglītis,Zariņš,Pētersons,Vītols,Kļaviņš,Kārkliņš,Vanags,Lūsis,Grīnbergs,Kalējs,Sproģis,Zvaigzne,Kociņš,Āboliņš,Siliņš,Rozītis,Dambis,Priede,Krastiņš,Lapiņš,Upītis,Strazds,Zeltiņš,Celmiņš,Lejiņš,Vilks,Bite,Putniņš,Kronbergs,Ābele,Freimanis,Skujiņš")),
 "lithuanian": dict(countries=["LT"],
  m=_w("Jonas,Tomas,Mantas,Darius,Andrius,Paulius,Mindaugas,Vytautas,Rimantas,Kęstutis,Lukas,Gediminas,Arūnas,Saulius,Algirdas,Marius,Žygimantas,Domantas,Justinas,Povilas,Karolis,Aurimas"),
  f=_w("Rūta,Jurgita,Agnė,Ieva,Gintarė,Laura,Eglė,Asta,Rasa,Inga,Vilma,Austėja,Greta,Kotryna,Ugnė,Jūratė,Daiva,Birutė,Neringa,Aistė,Milda,Giedrė"),
  fam=_w("Kazlauskas,Jankauskas,Petrauskas,Stankevičius,Vasiliauskas,Žukauskas,Butkus,Paulauskas,Urbonas,Kavaliauskas,Baranauskas,Pocius,Navickas,Sakalauskas,Ramanauskas,Adomaitis,Vaitkus,Bernotas,Jonaitis,Mikalauskas,Rimkus,Šimkus,Lukoševičius,Balčiūnas,Kairys,Mockus,Žilinskas,Grigas,Vilkas,Gudaitis,Norkus,Valančius,Daukantas,Girdvainis,Sabonis,Marcinkevičius,Kuzminskas,Lapinskas,Žemaitis,Dambrauskas")),
 "polish": dict(countries=["PL"],
  m=_w("Piotr,Krzysztof,Andrzej,Tomasz,Paweł,Michał,Marcin,Jakub,Łukasz,Grzegorz,Wojciech,Mateusz,Kamil,Adam,Bartosz,Szymon,Dawid,Rafał,Jerzy,Zbigniew,Maciej,Kacper"),
  f=_w("Anna,Maria,Katarzyna,Małgorzata,Agnieszka,Barbara,Ewa,Magdalena,Joanna,Zofia,Aleksandra,Monika,Dorota,Beata,Urszula,Natalia,Karolina,Weronika,Jadwiga,Halina,Grażyna,Bożena"),
  fam=_w("Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Wojciechowski,Kwiatkowski,Krawczyk,Kaczmarek,Piotrowski,Grabowski,Zając,Pawłowski,Michalski,Król,Wieczorek,Jabłoński,Wróbel,Nowakowski,Majewski,Olszewski,Stępień,Malinowski,Jaworski,Adamczyk,Dudek,Nowicki,Pawlak,Górski,Witkowski,Walczak,Nowak-Jeziorański,Sikora-Bąk,Sobczak")),
 "czech": dict(countries=["CZ"],
  m=_w("Jan,Petr,Jiří,Josef,Pavel,Martin,Tomáš,Jaroslav,Miroslav,Zdeněk,Václav,Michal,František,Jakub,Lukáš,Vojtěch,Ondřej,Radek,Karel,Milan,Matěj,Dominik"),
  f=_w("Jana,Marie,Eva,Hana,Anna,Lenka,Kateřina,Lucie,Věra,Alena,Petra,Veronika,Martina,Tereza,Jitka,Zuzana,Markéta,Eliška,Barbora,Klára,Ludmila,Dagmar"),
  fam=_w("Novák,Svoboda,Novotný,Dvořák,Černý,Procházka,Kučera,Veselý,Horák,Němec,Pokorný,Marek,Pospíšil,Hájek,Král,Jelínek,Růžička,Beneš,Fiala,Sedláček,Doležal,Zeman,Kolář,Navrátil,Čermák,Urban,Blažek,Kříž,Kovář,Bartoš,Vlček,Polák,Musil,Kopecký,Šimek,Konečný,Malý,Holub,Štěpánek,Vávra,Dušek")),
 "slovak": dict(countries=["SK"],
  m=_w("Ján,Peter,Jozef,Milan,Marek,Martin,Tomáš,Juraj,Michal,Ľubomír,Štefan,Dušan,Miroslav,Igor,Rastislav,Branislav,Matúš,Lukáš,Andrej,Samuel,Vladimír,Radovan"),
  f=_w("Mária,Zuzana,Katarína,Jana,Eva,Lucia,Monika,Martina,Ivana,Veronika,Andrea,Simona,Dominika,Barbora,Ľudmila,Soňa,Alžbeta,Silvia,Kristína,Petra,Miroslava,Natália"),
  fam=_w("Horváth,Kováč,Varga,Tóth,Nagy,Baláž,Szabó,Molnár,Balog,Lukáč,Novák,Kollár,Németh,Oravec,Polák,Hudák,Kráľ,Gajdoš,Sloboda,Marko,Kováčik,Kučera,Mráz,Kuruc,Bartoš,Šimko,Hrivnák,Ďurica,Jurčo,Holub,Blaho,Pavlík,Vlček,Šťastný,Žiak,Mihálik,Rusnák,Červený,Slovák,Zelený")),
 "hungarian": dict(countries=["HU", "HU", "HU", "RO", "SK"], order="fg",
  m=_w("László,István,József,János,Zoltán,Sándor,Gábor,Ferenc,Attila,Péter,Tamás,Zsolt,Csaba,Balázs,Levente,Bence,Dániel,Ádám,Miklós,Imre,Gergely,Botond"),
  f=_w("Mária,Erzsébet,Katalin,Éva,Ilona,Anna,Zsuzsanna,Judit,Ágnes,Andrea,Krisztina,Eszter,Réka,Zsófia,Dóra,Boglárka,Hanna,Nóra,Piroska,Enikő,Csilla,Virág"),
  fam=_w("Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas,Balogh,Papp,Takács,Juhász,Lakatos,Mészáros,Oláh,Simon,Rácz,Fekete,Szilágyi,Török,Fehér,Balázs,Gál,Kis,Szűcs,Kocsis,Pintér,Fodor,Szalai,Sipos,Magyar,Lukács,Gulyás,Biró,Király,Katona,László,Jakab,Szabó-Kiss")),
 "romanian": dict(countries=["RO"],
  m=_w("Ion,Andrei,Mihai,Alexandru,Gheorghe,Vasile,Constantin,Florin,Adrian,Cristian,Bogdan,Ionuț,Marius,Radu,Dan,Sorin,Cătălin,Răzvan,Ștefan,Liviu,Tudor,Ovidiu"),
  f=_w("Maria,Elena,Ioana,Ana,Andreea,Mihaela,Alexandra,Cristina,Gabriela,Daniela,Roxana,Raluca,Simona,Diana,Irina,Oana,Florentina,Bianca,Camelia,Corina,Larisa,Teodora"),
  fam=_w("Popescu,Popa,Ionescu,Pop,Radu,Dumitru,Stan,Stoica,Gheorghe,Matei,Constantin,Rusu,Mihai,Ciobanu,Marin,Munteanu,Ene,Florea,Tudor,Dinu,Lungu,Georgescu,Moldovan,Dobre,Barbu,Nistor,Toma,Cristea,Zamfir,Surdu,Dragomir,Oprea,Voicu,Neagu,Enache,Lazăr,Căpraru,Vlad,Iordache,Sârbu,Popescu-Tăriceanu")),
 "bulgarian": dict(countries=["BG"],
  m=_w("Georgi,Ivan,Dimitar,Nikolay,Petar,Hristo,Stoyan,Todor,Vasil,Angel,Krasimir,Plamen,Yordan,Boyan,Kaloyan,Martin,Aleksandar,Svetoslav,Lyubomir,Emil,Tsvetan,Rumen"),
  f=_w("Maria,Ivanka,Elena,Yordanka,Petya,Desislava,Gergana,Tsvetelina,Radka,Milena,Nadezhda,Vesela,Silviya,Teodora,Raya,Boryana,Kalina,Stanka,Yana,Zornitsa,Denitsa,Rositsa"),
  fam=_w("Ivanov,Georgiev,Dimitrov,Petrov,Nikolov,Hristov,Stoyanov,Todorov,Iliev,Vasilev,Atanasov,Petkov,Angelov,Kolev,Yordanov,Marinov,Popov,Stefanov,Mihaylov,Kostov,Dimov,Kirov,Zhelev,Slavov,Penev,Rusev,Genchev,Tsvetkov,Bozhilov,Vazov,Karaivanov,Paunov,Stamenov,Yankov,Nenov,Bonev,Minchev,Lazarov,Grozev,Dobrev")),
 "greek": dict(countries=["GR"],
  m=_w("Georgios,Dimitrios,Konstantinos,Ioannis,Nikolaos,Panagiotis,Vasileios,Christos,Athanasios,Michail,Evangelos,Spyridon,Alexandros,Stavros,Theodoros,Andreas,Kostas,Giannis,Nikos,Petros,Stelios,Thanasis"),
  f=_w("Maria,Eleni,Aikaterini,Vasiliki,Sofia,Angeliki,Georgia,Dimitra,Konstantina,Paraskevi,Anastasia,Christina,Eirini,Despoina,Ioanna,Panagiota,Kalliopi,Theodora,Chrysoula,Athina,Foteini,Zoi"),
  fam=_w("Papadopoulos,Papadakis,Georgiou,Oikonomou,Nikolaou,Konstantinidis,Papageorgiou,Vlachos,Angelopoulos,Karagiannis,Dimitriou,Ioannidis,Christodoulou,Makris,Pappas,Alexiou,Antoniou,Michailidis,Theodorou,Giannopoulos,Kyriakou,Athanasiou,Galanis,Stavropoulos,Papanikolaou,Katsaros,Lambrou,Kouris,Mavridis,Petridis,Sotiriou,Tsakiris,Zervas,Fotopoulos,Chatzis,Anagnostou,Panagiotopoulos,Kontos,Vasilakis,Rallis,Triantafyllou")),
 "serbian": dict(countries=["RS"],
  m=_w("Nikola,Marko,Stefan,Luka,Milan,Dragan,Zoran,Nenad,Aleksandar,Miloš,Dušan,Vladimir,Dejan,Goran,Bojan,Ivan,Đorđe,Nemanja,Vuk,Lazar,Predrag,Slobodan"),
  f=_w("Jelena,Milica,Ana,Marija,Dragana,Snežana,Ivana,Jovana,Tamara,Maja,Biljana,Svetlana,Gordana,Mirjana,Katarina,Teodora,Nataša,Vesna,Sanja,Danijela,Tijana,Ljiljana"),
  fam=_w("Jovanović,Petrović,Nikolić,Marković,Đorđević,Stojanović,Ilić,Stanković,Pavlović,Milošević,Popović,Đukić,Živković,Todorović,Kostić,Mitrović,Ristić,Lazić,Savić,Obradović,Lukić,Vasić,Tomić,Marić,Simić,Radovanović,Janković,Milovanović,Stevanović,Kovačević,Vuković,Bogdanović,Filipović,Zorić,Babić,Perić,Mladenović,Krstić,Dimitrijević,Nešić,Vučković,Aleksić")),
 "croatian": dict(countries=["HR"],
  m=_w("Ivan,Marko,Luka,Josip,Ante,Tomislav,Mario,Stjepan,Krešimir,Domagoj,Zvonimir,Hrvoje,Dario,Igor,Matej,Filip,Nikola,Davor,Goran,Mislav,Vedran,Jakov"),
  f=_w("Ana,Ivana,Marija,Petra,Kristina,Martina,Maja,Lucija,Mia,Nikolina,Katarina,Ivona,Mateja,Sanja,Vesna,Dubravka,Željka,Snježana,Ružica,Iva,Tena,Dora"),
  fam=_w("Horvat,Kovačević,Babić,Marić,Jurić,Novak,Kovačić,Knežević,Vuković,Marković,Petrović,Matić,Tomić,Pavlović,Kovač,Božić,Blažević,Grgić,Pavić,Radić,Perić,Šarić,Lovrić,Vidović,Perković,Mandić,Bošnjak,Jukić,Rukavina,Kos,Šimić,Klarić,Barišić,Galić,Brkić,Ćosić,Kralj,Vlašić,Zovko,Modrić")),
 "bosnian": dict(countries=["BA"],
  m=_w("Amar,Emir,Adnan,Haris,Kenan,Tarik,Armin,Edin,Mirza,Nedim,Senad,Jasmin,Alen,Damir,Elvir,Faruk,Hamza,Dino,Almir,Kemal,Samir,Selim"),
  f=_w("Amra,Lejla,Amina,Selma,Emina,Aida,Azra,Merima,Belma,Ajla,Sanela,Alma,Edina,Mirela,Naida,Dženana,Lamija,Sabina,Elma,Esma,Hana,Jasmina"),
  fam=_w("Hodžić,Hadžić,Begić,Delić,Mehmedović,Kovačević,Husić,Salihović,Hasanović,Ibrahimović,Imamović,Mujić,Suljić,Halilović,Omerović,Hadžiahmetović,Mahmutović,Karić,Čaušević,Smajić,Ahmetović,Alić,Bešić,Kurtović,Spahić,Softić,Zukić,Džeko,Pjanić,Bajrić,Osmanović,Muratović,Avdić,Jusić,Hrnjić,Šehić,Hukić,Dedić,Kapetanović,Numanović,Bašić,Efendić")),
 "albanian": dict(countries=["AL", "AL", "MK"],
  m=_w("Arben,Artan,Besnik,Dritan,Ermal,Gentian,Ilir,Klodian,Kreshnik,Luan,Agron,Fatmir,Genc,Blerim,Endrit,Erion,Altin,Shkëlzen,Bujar,Valon,Edi,Leart"),
  f=_w("Arta,Blerta,Drita,Elira,Enkeleda,Fatjona,Flutura,Jonida,Klea,Lindita,Mimoza,Rovena,Valbona,Anisa,Ardita,Besa,Dafina,Elona,Era,Mirela,Teuta,Vjosa"),
  fam=_w("Hoxha,Shehu,Dervishi,Leka,Gjoka,Krasniqi,Berisha,Gashi,Hoti,Kola,Marku,Prifti,Çela,Dushku,Toska,Meta,Rama,Basha,Kelmendi,Mustafa,Bajrami,Rexhepi,Ahmeti,Zeqiri,Sula,Lika,Veliu,Duka,Hysa,Shala,Koci,Mema,Topalli,Gjergji,Pepa,Kastrati,Bushati,Frashëri,Dibra,Zogu")),
 "macedonian": dict(countries=["MK"],
  m=_w("Aleksandar,Goran,Zoran,Dragan,Nikola,Stefan,Igor,Vlatko,Darko,Kiril,Trajče,Blagoja,Ljupčo,Gjorgji,Filip,Bojan,Dimče,Kostadin,Pance,Mite,Zlatko,Toše"),
  f=_w("Elena,Marija,Ana,Biljana,Vesna,Katerina,Jasmina,Tanja,Snežana,Ivana,Aleksandra,Simona,Daniela,Emilija,Magdalena,Violeta,Marina,Liljana,Sonja,Verica,Kristina,Frosina"),
  fam=_w("Stojanovski,Petrovski,Nikolovski,Trajkovski,Jovanovski,Georgievski,Dimitrovski,Ristovski,Kostovski,Angelovski,Stefanovski,Todorovski,Ivanovski,Popovski,Mitrevski,Trajanovski,Naumovski,Markovski,Zdravkovski,Velkovski,Spasovski,Krstevski,Blaževski,Gruevski,Ilievski,Pavlovski,Arsovski,Simonovski,Janev,Stojanov,Pendarovski,Atanasov,Zaev,Proeski,Nikolov,Veljanovski,Bogdanoski,Dimitrov,Taleski,Siljanoski")),
 "roma": dict(countries=["RO", "BG", "HU", "CZ", "SK", "RS", "MK"],
  m=_w("Demir,Fikret,Šaban,Muharem,Bajram,Ramadan,Gyula,Lajos,Béla,Florin,Nicolae,Cezar,Romeo,Elvis,Denis,Mario,Dežo,Emil,Rudolf,Ferdinand,Ljatif,Redžep,Sabri,Zoran,Ferko"),
  f=_w("Esmeralda,Ramona,Lavinia,Margareta,Florica,Rebeka,Violeta,Gitka,Ilonka,Jolana,Marika,Sanela,Džemila,Fatima,Šukrija,Esma,Elvira,Luminița,Natalija,Anita,Sabina,Vanesa"),
  fam=_w("Oláh,Lakatos,Kolompár,Sárközi,Orsós,Rostás,Kanalas,Rafael,Dužda,Giňa,Holomek,Lacko,Dirda,Balog,Gabčo,Červeňák,Kotlár,Ferko,Pompa,Tancoš,Bikár,Demeter,Rigo,Memedov,Bajramović,Ademi,Šaćiri,Rašidov,Jašarov,Ramadanović,Mustafov,Osmanov,Demirovski,Salijevski,Sulejmani,Căldărar,Cioabă,Lăutaru,Rudaru,Ursu,Mirga")),
}

def _fem(culture, fam):
    """Feminine form of a family name where the culture inflects it."""
    if "-" in fam:
        return "-".join(_fem(culture, p) for p in fam.split("-"))
    if culture == "polish":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if fam.endswith(a):
                return fam[:-len(a)] + b
        return fam
    if culture in ("czech", "slovak"):
        if fam.endswith(("ý", "í")):
            return fam[:-1] + "á"
        if fam.endswith("ec"):
            return fam[:-2] + "cová"
        if fam.endswith("ek"):
            return fam[:-2] + "ková"
        if fam.endswith(("a", "o")):
            return fam[:-1] + "ová"
        return fam + "ová"
    if culture == "lithuanian":
        for a, b in (("ius", "ienė"), ("us", "uvienė"), ("as", "ienė"), ("is", "ienė"), ("ys", "ienė")):
            if fam.endswith(a):
                return fam[:-len(a)] + b
        return fam
    if culture == "latvian":
        if fam.endswith("š"):
            return fam[:-1] + "a"
        if fam.endswith("ons"):
            return fam[:-1] + "e"
        if fam.endswith("is"):
            return fam[:-2] + "e"
        if fam.endswith("s"):
            return fam[:-1] + "a"
        return fam
    if culture in ("bulgarian", "macedonian"):
        if fam.endswith(("ov", "ev")):
            return fam + "a"
        if fam.endswith("ski"):
            return fam[:-1] + "a"
        return fam
    if culture == "greek":
        for a, b in (("os", "ou"), ("is", "i"), ("as", "a")):
            if fam.endswith(a):
                return fam[:-len(a)] + b
        return fam
    return fam

# ---------------------------------------------------------------- folding
_SPECIAL = {"ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ß": "ss", "þ": "th", "ð": "d",
            "ŋ": "n", "œ": "oe", "ı": "i", "ħ": "h"}

def fold(s):
    s = s.casefold()
    s = "".join(_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def _name_words(text):
    words = set()
    for w in text.split():
        words.add(fold(w.strip(".,;:!?\"'()")))
        for p in re.split(r"[^\w]+", w):
            if p:
                words.add(fold(p))
    words.discard("")
    return words

def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))

# ---------------------------------------------------------------- country data
def D(k):
    return "".join(str(random.randint(0, 9)) for _ in range(k))

COUNTRY = {
 "SE": dict(name="Sweden", cities=_w("Stockholm,Göteborg,Malmö,Uppsala,Umeå,Kiruna,Luleå"),
   streets=_w("Storgatan,Drottninggatan,Kungsgatan,Sveavägen,Vasagatan,Södra Förstadsgatan"),
   stations=_w("Stockholm Central,Göteborg Central,Malmö C"), airport="Arlanda",
   cur="SEK", thx="tack så mycket", domains=_w("gmail.com,hotmail.se,telia.com,outlook.com,bredband.net")),
 "NO": dict(name="Norway", cities=_w("Oslo,Bergen,Trondheim,Tromsø,Stavanger,Kautokeino,Karasjok"),
   streets=_w("Karl Johans gate,Storgata,Bogstadveien,Thorvald Meyers gate,Kirkegata"),
   stations=_w("Oslo S,Bergen stasjon"), airport="Gardermoen",
   cur="NOK", thx="tusen takk", domains=_w("gmail.com,online.no,hotmail.no,icloud.com")),
 "DK": dict(name="Denmark", cities=_w("København,Aarhus,Odense,Aalborg,Esbjerg,Roskilde"),
   streets=_w("Nørrebrogade,Vesterbrogade,Strøget,Østerbrogade,Amagerbrogade"),
   stations=_w("København H,Nørreport,Aarhus H"), airport="Kastrup",
   cur="DKK", thx="tak", domains=_w("gmail.com,hotmail.dk,mail.dk,jubii.dk")),
 "FI": dict(name="Finland", cities=_w("Helsinki,Espoo,Tampere,Turku,Oulu,Rovaniemi,Inari"),
   streets=_w("Mannerheimintie,Aleksanterinkatu,Hämeenkatu,Hämeentie,Kauppakatu"),
   stations=_w("Helsinki Central,Pasila,Tampere station"), airport="Helsinki-Vantaa",
   cur="EUR", thx="kiitos", domains=_w("gmail.com,elisanet.fi,luukku.com,outlook.com")),
 "IS": dict(name="Iceland", cities=_w("Reykjavík,Akureyri,Kópavogur,Hafnarfjörður,Selfoss"),
   streets=_w("Laugavegur,Hverfisgata,Skólavörðustígur,Bankastræti"),
   stations=_w("BSÍ bus terminal"), airport="Keflavík",
   cur="ISK", thx="takk fyrir", domains=_w("gmail.com,simnet.is,internet.is")),
 "EE": dict(name="Estonia", cities=_w("Tallinn,Tartu,Pärnu,Narva,Viljandi"),
   streets=_w("Narva mnt,Pärnu mnt,Tartu mnt,Viru tänav,Rüütli"),
   stations=_w("Balti jaam,Tartu station"), airport="Lennart Meri airport",
   cur="EUR", thx="aitäh", domains=_w("gmail.com,mail.ee,hot.ee,online.ee")),
 "LV": dict(name="Latvia", cities=_w("Rīga,Daugavpils,Liepāja,Jelgava,Jūrmala"),
   streets=_w("Brīvības iela,Elizabetes iela,Krišjāņa Barona iela,Tērbatas iela"),
   stations=_w("Rīga Central"), airport="RIX",
   cur="EUR", thx="paldies", domains=_w("gmail.com,inbox.lv,apollo.lv,one.lv")),
 "LT": dict(name="Lithuania", cities=_w("Vilnius,Kaunas,Klaipėda,Šiauliai,Panevėžys"),
   streets=_w("Gedimino pr.,Laisvės al.,Pilies g.,Konstitucijos pr."),
   stations=_w("Vilnius station"), airport="Vilnius airport",
   cur="EUR", thx="ačiū", domains=_w("gmail.com,one.lt,inbox.lt,yahoo.com")),
 "PL": dict(name="Poland", cities=_w("Warszawa,Kraków,Gdańsk,Wrocław,Poznań,Łódź,Lublin,Katowice"),
   streets=_w("ul. Marszałkowska,ul. Piotrkowska,ul. Floriańska,ul. Długa,al. Jerozolimskie"),
   stations=_w("Warszawa Centralna,Kraków Główny,Gdańsk Główny"), airport="Chopin airport",
   cur="PLN", thx="dziękuję", domains=_w("gmail.com,wp.pl,o2.pl,onet.pl,interia.pl")),
 "CZ": dict(name="Czechia", cities=_w("Praha,Brno,Ostrava,Plzeň,Olomouc,Liberec"),
   streets=_w("Vinohradská,Václavské náměstí,Národní,Masarykova,Na Příkopě"),
   stations=_w("Praha hl.n.,Brno hl.n."), airport="Václav Havel Airport",
   cur="CZK", thx="děkuji", domains=_w("seznam.cz,email.cz,centrum.cz,gmail.com")),
 "SK": dict(name="Slovakia", cities=_w("Bratislava,Košice,Žilina,Nitra,Prešov,Banská Bystrica"),
   streets=_w("Obchodná,Hlavná,Štúrova,Mlynské nivy,Námestie SNP"),
   stations=_w("Bratislava hl.st.,Košice station"), airport="M. R. Štefánik Airport",
   cur="EUR", thx="ďakujem", domains=_w("gmail.com,azet.sk,centrum.sk,zoznam.sk")),
 "HU": dict(name="Hungary", cities=_w("Budapest,Debrecen,Szeged,Pécs,Győr,Miskolc"),
   streets=_w("Váci utca,Andrássy út,Rákóczi út,Király utca,Kossuth Lajos utca"),
   stations=_w("Keleti,Nyugati,Déli"), airport="Ferenc Liszt airport",
   cur="HUF", thx="köszönöm", domains=_w("gmail.com,freemail.hu,citromail.hu,t-online.hu")),
 "RO": dict(name="Romania", cities=_w("București,Cluj-Napoca,Iași,Timișoara,Constanța,Brașov,Sibiu"),
   streets=_w("Str. Lipscani,Calea Victoriei,Bd. Unirii,Str. Memorandumului,Bd. Eroilor"),
   stations=_w("Gara de Nord,Cluj station"), airport="Henri Coandă airport",
   cur="RON", thx="mulțumesc", domains=_w("yahoo.com,yahoo.ro,gmail.com,clicknet.ro")),
 "BG": dict(name="Bulgaria", cities=_w("Sofia,Plovdiv,Varna,Burgas,Ruse,Stara Zagora"),
   streets=_w("bul. Vitosha,ul. Graf Ignatiev,bul. Tsar Osvoboditel,ul. Rakovski,bul. Bulgaria"),
   stations=_w("Sofia Central,Plovdiv station"), airport="Sofia airport",
   cur="BGN", thx="blagodarya", domains=_w("abv.bg,mail.bg,gmail.com,dir.bg")),
 "GR": dict(name="Greece", cities=_w("Athens,Thessaloniki,Patras,Heraklion,Larissa,Volos"),
   streets=_w("Ermou,Panepistimiou,Vasilissis Sofias,Egnatia,Tsimiski"),
   stations=_w("Larissis station,Syntagma metro"), airport="Eleftherios Venizelos airport",
   cur="EUR", thx="efcharisto poli", domains=_w("gmail.com,yahoo.gr,otenet.gr,hotmail.com")),
 "RS": dict(name="Serbia", cities=_w("Beograd,Novi Sad,Niš,Kragujevac,Subotica"),
   streets=_w("Knez Mihailova,Bulevar kralja Aleksandra,Nemanjina,Terazije"),
   stations=_w("Beograd Centar"), airport="Nikola Tesla airport",
   cur="RSD", thx="hvala puno", domains=_w("gmail.com,yahoo.com,eunet.rs,mts.rs")),
 "HR": dict(name="Croatia", cities=_w("Zagreb,Split,Rijeka,Osijek,Zadar,Dubrovnik"),
   streets=_w("Ilica,Vukovarska,Savska cesta,Riva,Frankopanska"),
   stations=_w("Zagreb Glavni kolodvor"), airport="Franjo Tuđman airport",
   cur="EUR", thx="hvala", domains=_w("gmail.com,net.hr,t-com.hr,inet.hr")),
 "BA": dict(name="Bosnia and Herzegovina", cities=_w("Sarajevo,Banja Luka,Tuzla,Mostar,Zenica"),
   streets=_w("Ferhadija,Maršala Tita,Zmaja od Bosne,Titova"),
   stations=_w("Sarajevo station"), airport="Sarajevo airport",
   cur="BAM", thx="hvala", domains=_w("gmail.com,bih.net.ba,hotmail.com,yahoo.com")),
 "AL": dict(name="Albania", cities=_w("Tirana,Durrës,Vlorë,Shkodër,Elbasan,Korçë"),
   streets=_w("Rruga e Kavajës,Bulevardi Dëshmorët e Kombit,Rruga Myslym Shyri,Rruga e Durrësit"),
   stations=_w("Tirana bus terminal"), airport="Rinas",
   cur="ALL", thx="faleminderit", domains=_w("gmail.com,yahoo.com,abcom.al,hotmail.com")),
 "MK": dict(name="North Macedonia", cities=_w("Skopje,Bitola,Ohrid,Kumanovo,Tetovo,Štip"),
   streets=_w("ul. Makedonija,bul. Partizanski Odredi,bul. Ilinden,ul. Dame Gruev"),
   stations=_w("Skopje station"), airport="Skopje airport",
   cur="MKD", thx="fala", domains=_w("gmail.com,yahoo.com,t-home.mk,hotmail.com")),
}

# ---------------------------------------------------------------- ordinary vocab
BANKS = _w("Nordea,SEB,Swedbank,Handelsbanken,DNB,Danske Bank,OP,Landsbankinn,Íslandsbanki,LHV,Luminor,Citadele,PKO BP,mBank,Pekao,ING,Česká spořitelna,ČSOB,Komerční banka,Tatra banka,VÚB,OTP,K&H,Banca Transilvania,BCR,DSK Bank,UniCredit Bulbank,Piraeus Bank,Eurobank,Alpha Bank,NLB,Raiffeisen,Zagrebačka banka")
AIRLINES = _w("SAS,Norwegian,Finnair,Icelandair,airBaltic,LOT,Smartwings,Wizz Air,TAROM,Bulgaria Air,Aegean,Air Serbia,Croatia Airlines,Ryanair,Widerøe")
INSURERS = _w("If,Tryg,Gjensidige,Länsförsäkringar,Folksam,LocalTapiola,Sjóvá,PZU,Warta,Allianz,Generali,Kooperativa,Uniqa,Groupama,Ergo,Ethniki,Croatia osiguranje")
UTILS = _w("Vattenfall,Fortum,Elisa,Telia,Eesti Energia,Latvenergo,Ignitis,Tauron,PGE,ČEZ,E.ON,MVM,Enel,Electrica,EVN,PPC,EPS,HEP,Ørsted,Helen")
PRODUCTS = _w("Visa Gold,Mastercard Platinum,Apple Pay,Google Pay,MobilePay,Vipps,Swish,BLIK,BankID,Smart-ID,Mobiil-ID,EuroBonus,Finnair Plus,Miles&Smiles,KASKO Premium,Green Card,FlexPrice tariff,SpotPlus tariff,Home Plus policy,Travel Gold cover,ISK account,savings account,Premium Economy,Comfort fare,Plus bundle")
TEAMS = _w("Retail Banking,Cards L2,Claims Team North,Fraud Desk,Billing Queue B,Baggage Services,Premium Desk,Collections,Onboarding,Mortgages,Escalations,Travel Insurance,Meter Reading,Outage Team,Back Office,Disruption Desk,Group Bookings,Motor Claims,Home Claims,Complaints,Digital Support,KYC team,Tier 2")
DAYS = _w("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday")
MONTHS = _w("January,February,March,April,May,June,July,August,September,October,November,December")
CODES = _w("SKU-4471,PRD-22A,E-FIX24,HOME-PLUS-3,TRV-EU-12,MTR-A3,KSK-09,CRD-PLT,OC/AC,GDPR-07,SLA-48H,Q3-BONUS,FX-EUR,NPS-10,IRREG-02")
COUNTRIES = _w("Sweden,Norway,Denmark,Finland,Iceland,Estonia,Latvia,Lithuania,Poland,Czechia,Slovakia,Hungary,Romania,Bulgaria,Greece,Serbia,Croatia,Bosnia,Albania,North Macedonia,Spain,Thailand,Germany,Turkey,Italy,Egypt,Canary Islands")

# ---------------------------------------------------------------- generators
_R = random.Random(SEED)

def D(k):
    return "".join(str(_R.randint(0, 9)) for _ in range(k))

def _luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)

def gen_phone(cc):
    r = _R
    intl = r.random() < 0.6
    f = {
     "SE": lambda: ("+46 7%s %s %s %s" % (r.choice("0236"), D(3), D(2), D(2))) if intl else ("07%s-%s %s %s" % (r.choice("0236"), D(3), D(2), D(2))),
     "NO": lambda: ("+47 %s%s %s %s" % (r.choice("49"), D(2), D(2), D(3))) if intl else ("%s%s %s %s" % (r.choice("49"), D(2), D(2), D(3))),
     "DK": lambda: ("+45 %s %s %s %s" % (r.choice(["20", "31", "40", "52", "60", "71", "81", "91"]), D(2), D(2), D(2))) if intl else ("%s%s%s" % (r.choice(["20", "31", "40"]), D(2), D(4))),
     "FI": lambda: ("+358 4%s %s %s" % (r.choice("0145"), D(3), D(4))) if intl else ("04%s %s %s" % (r.choice("0145"), D(3), D(4))),
     "IS": lambda: ("+354 %s%s %s" % (r.choice("678"), D(2), D(4))) if intl else ("%s%s-%s" % (r.choice("678"), D(2), D(4))),
     "EE": lambda: ("+372 5%s %s" % (D(3), D(4))) if intl else ("5%s %s" % (D(3), D(4))),
     "LV": lambda: ("+371 2%s %s" % (D(3), D(4))) if intl else ("2%s%s" % (D(3), D(4))),
     "LT": lambda: ("+370 6%s %s" % (D(2), D(5))) if intl else ("86%s %s" % (D(2), D(5))),
     "PL": lambda: ("+48 %s%s %s %s" % (r.choice("5678"), D(2), D(3), D(3))) if intl else ("%s%s-%s-%s" % (r.choice("5678"), D(2), D(3), D(3))),
     "CZ": lambda: ("+420 %s%s %s %s" % (r.choice("67"), D(2), D(3), D(3))) if intl else ("%s%s %s %s" % (r.choice("67"), D(2), D(3), D(3))),
     "SK": lambda: ("+421 9%s %s %s" % (D(2), D(3), D(3))) if intl else ("09%s %s %s" % (D(2), D(3), D(3))),
     "HU": lambda: ("+36 %s %s %s" % (r.choice(["20", "30", "70"]), D(3), D(4))) if intl else ("06-%s-%s-%s" % (r.choice(["20", "30", "70"]), D(3), D(4))),
     "RO": lambda: ("+40 7%s %s %s" % (D(2), D(3), D(3))) if intl else ("07%s %s %s" % (D(2), D(3), D(3))),
     "BG": lambda: ("+359 8%s %s %s" % (r.choice("789"), D(3), D(4))) if intl else ("08%s %s %s" % (r.choice("789"), D(3), D(4))),
     "GR": lambda: ("+30 69%s %s %s" % (D(1), D(3), D(4))) if intl else ("69%s%s%s" % (D(1), D(3), D(4))),
     "RS": lambda: ("+381 6%s %s %s" % (r.choice("01234"), D(3), D(4))) if intl else ("06%s/%s-%s" % (r.choice("01234"), D(3), D(4))),
     "HR": lambda: ("+385 9%s %s %s" % (r.choice("1258"), D(3), D(4))) if intl else ("09%s %s %s" % (r.choice("1258"), D(3), D(4))),
     "BA": lambda: ("+387 6%s %s %s" % (r.choice("1235"), D(3), D(3))) if intl else ("06%s/%s-%s" % (r.choice("1235"), D(3), D(3))),
     "AL": lambda: ("+355 6%s %s %s" % (r.choice("789"), D(3), D(4))) if intl else ("06%s %s %s" % (r.choice("789"), D(3), D(4))),
     "MK": lambda: ("+389 7%s %s %s" % (r.choice("01256"), D(3), D(3))) if intl else ("07%s %s %s" % (r.choice("01256"), D(3), D(3))),
    }[cc]
    return f()

def gen_postcode(cc):
    r = _R
    return {
     "SE": lambda: "%s%s %s" % (r.randint(1, 9), D(2), D(2)),
     "NO": lambda: "%04d" % r.randint(150, 9990),
     "DK": lambda: "%d" % r.randint(1050, 9990),
     "FI": lambda: "%05d" % (r.randint(10, 990) * 10),
     "IS": lambda: "%d" % r.choice([101, 105, 107, 108, 200, 220, 600, 800]),
     "EE": lambda: "%d" % r.randint(10111, 94999),
     "LV": lambda: "LV-%d" % r.randint(1001, 5799),
     "LT": lambda: "LT-%05d" % r.randint(1001, 99999),
     "PL": lambda: "%02d-%03d" % (r.randint(0, 99), r.randint(1, 999)),
     "CZ": lambda: "%d%s 00" % (r.randint(1, 7), D(1)) if r.random() < 0.5 else "%d%s %s" % (r.randint(1, 7), D(2), D(2)),
     "SK": lambda: "%d%s %s" % (r.choice([8, 9, 0]), D(2), D(2)),
     "HU": lambda: "%d" % r.randint(1011, 9985),
     "RO": lambda: "%06d" % r.randint(10011, 920000),
     "BG": lambda: "%d" % r.randint(1000, 9999),
     "GR": lambda: "%d%s %s" % (r.randint(1, 8), D(2), D(2)),
     "RS": lambda: "%d" % r.randint(11000, 37999),
     "HR": lambda: "%d" % r.choice([10000, 10010, 21000, 51000, 31000, 23000, 20000]),
     "BA": lambda: "%d" % r.choice([71000, 78000, 75000, 88000, 72000]),
     "AL": lambda: "%d" % r.randint(1001, 9706),
     "MK": lambda: "%d" % r.choice([1000, 7000, 6000, 1300, 1200, 2000]),
    }[cc]()

def gen_address(cc, street):
    r = _R
    n = r.randint(1, 180)
    L = r.choice("ABCD")
    u = r.randint(1, 40)
    fm = {
     "SE": ["{s} {n}", "{s} {n}{L}", "{s} {n}, lgh 1{u:03d}"],
     "NO": ["{s} {n}", "{s} {n}{L}", "{s} {n}, H0{u:01d}01"],
     "DK": ["{s} {n}", "{s} {n}, 2. tv.", "{s} {n}, st. th."],
     "FI": ["{s} {n}", "{s} {n} {L} {u}", "{s} {n} as. {u}"],
     "IS": ["{s} {n}", "{s} {n}{L}"],
     "EE": ["{s} {n}", "{s} {n}-{u}"],
     "LV": ["{s} {n}", "{s} {n}-{u}", "{s} {n} k-2 - {u}"],
     "LT": ["{s} {n}", "{s} {n}-{u}"],
     "PL": ["{s} {n}", "{s} {n}/{u}", "{s} {n} m. {u}"],
     "CZ": ["{s} {n}", "{s} 1{u:03d}/{n}"],
     "SK": ["{s} {n}", "{s} {n}/{L}"],
     "HU": ["{s} {n}.", "{s} {n}. {u}. em. 2.", "{s} {n}. III/{u}"],
     "RO": ["{s} nr. {n}", "{s} nr. {n}, bl. {L}{u}, ap. {u}"],
     "BG": ["{s} {n}", "{s} {n}, et. 3, ap. {u}", "{s} No {n}, vh. B"],
     "GR": ["{s} {n}", "{s} {n}, 3rd floor"],
     "RS": ["{s} {n}", "{s} {n}/{u}"],
     "HR": ["{s} {n}", "{s} {n}{L}"],
     "BA": ["{s} {n}", "{s} {n}/{u}"],
     "AL": ["{s}, Nr. {n}", "{s}, Pallati {u}, Ap. {n}"],
     "MK": ["{s} {n}", "{s} {n}/{u}"],
    }[cc]
    return r.choice(fm).format(s=street, n=n, L=L, u=u)

IBAN_SPEC = {"SE": (0, 20), "NO": (0, 11), "DK": (0, 14), "FI": (0, 14), "IS": (0, 22),
             "EE": (0, 16), "LV": (4, 13), "LT": (0, 16), "PL": (0, 24), "CZ": (0, 20),
             "SK": (0, 20), "HU": (0, 24), "RO": (4, 16), "BG": (4, 14), "GR": (0, 23),
             "RS": (0, 18), "HR": (0, 17), "BA": (0, 16), "AL": (0, 24), "MK": (0, 15)}
BANK_CODES = {"LV": ["HABA", "UNLA", "PARX", "RIKO"], "RO": ["BTRL", "RNCB", "INGB", "BRDE"],
              "BG": ["UNCR", "STSA", "BPBI", "FINV"]}

def gen_iban(cc):
    nl, nd = IBAN_SPEC[cc]
    bban = (_R.choice(BANK_CODES[cc]) if nl else "") + D(nd)
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    if _R.random() < 0.6:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban

def gen_card():
    r = _R
    pre = r.choice(["4", "4", "51", "53", "55", "2221"])
    body = pre + D(15 - len(pre))
    num = body + _luhn_check(body)
    st = r.random()
    if st < 0.5:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if st < 0.75:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num

def _luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)

def gen_ip():
    r = _R
    if r.random() < 0.15:
        return "2a02:%x:%x:%x::%x" % (r.randint(256, 65535), r.randint(0, 65535), r.randint(0, 65535), r.randint(1, 255))
    return "%d.%d.%d.%d" % (r.choice([78, 81, 85, 89, 91, 94, 95, 176, 188, 193, 212, 213]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

MONTH_ABBR = [m[:3] for m in MONTHS]

def gen_dob_text(y, m, d):
    r = _R
    k = r.randint(0, 8)
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return [
        "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y),
        "%d %s %d" % (d, MONTHS[m - 1], y), "%s %d, %d" % (MONTHS[m - 1], d, y),
        "%d%s of %s %d" % (d, suf, MONTHS[m - 1], y), "%02d-%s-%d" % (d, MONTH_ABBR[m - 1], y),
        "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS[m - 1].lower(), y),
    ][k]

def gen_natid(cc, p):
    """(id type word, value) for the country's national id."""
    r = _R
    y, m, d, fem = p["y"], p["m"], p["d"], p["fem"]
    yy = y % 100
    c20 = y >= 2000
    if cc == "SE":
        body = "%02d%02d%02d%s%d" % (yy, m, d, D(2), r.choice([0, 2, 4, 6, 8]) if fem else r.choice([1, 3, 5, 7, 9]))
        return "personnummer", "%s-%s%s" % (body[:6], body[6:], _luhn_check9(body))
    if cc == "NO":
        return "fødselsnummer", "%02d%02d%02d%s" % (d, m, yy, D(5))
    if cc == "DK":
        return "CPR", "%02d%02d%02d-%s" % (d, m, yy, D(4))
    if cc == "FI":
        ind = "%s%d" % (D(2), r.choice([0, 2, 4, 6, 8]) if fem else r.choice([1, 3, 5, 7, 9]))
        base = int("%02d%02d%02d%s" % (d, m, yy, ind))
        chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[base % 31]
        return "henkilötunnus", "%02d%02d%02d%s%s%s" % (d, m, yy, "A" if c20 else "-", ind, chk)
    if cc == "IS":
        return "kennitala", "%02d%02d%02d-%s%s" % (d, m, yy, D(3), "0" if c20 else "9")
    if cc in ("EE", "LT"):
        g = (5 if c20 else 3) + (1 if fem else 0)
        word = "isikukood" if cc == "EE" else "asmens kodas"
        return word, "%d%02d%02d%02d%s" % (g, yy, m, d, D(4))
    if cc == "LV":
        if r.random() < 0.5:
            return "personas kods", "%02d%02d%02d-%d%s" % (d, m, yy, 2 if c20 else 1, D(4))
        return "personas kods", "32%s-%s" % (D(4), D(5))
    if cc == "PL":
        mm = m + (20 if c20 else 0)
        body = "%02d%02d%02d%s%d" % (yy, mm, d, D(3), r.choice([0, 2, 4, 6, 8]) if fem else r.choice([1, 3, 5, 7, 9]))
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        chk = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
        return "PESEL", body + str(chk)
    if cc in ("CZ", "SK"):
        mm = m + (50 if fem else 0)
        word = "rodné číslo" if cc == "CZ" else "rodné číslo"
        return word, "%02d%02d%02d/%s" % (yy, mm, d, D(4))
    if cc == "HU":
        if r.random() < 0.5:
            return "TAJ", "%s %s %s" % (D(3), D(3), D(3))
        return "személyi szám", "%d-%02d%02d%02d-%s" % ((2 if fem else 1) + (2 if c20 else 0), yy, m, d, D(4))
    if cc == "RO":
        s = (6 if fem else 5) if c20 else (2 if fem else 1)
        body = "%d%02d%02d%02d%02d%s" % (s, yy, m, d, r.randint(1, 46), D(3))
        w = "279146358279"
        c = sum(int(a) * int(b) for a, b in zip(body, w)) % 11
        return "CNP", body + str(1 if c == 10 else c)
    if cc == "BG":
        mm = m + (40 if c20 else 0)
        return "EGN", "%02d%02d%02d%s" % (yy, mm, d, D(4))
    if cc == "GR":
        return "AMKA", "%02d%02d%02d%s" % (d, m, yy, D(5))
    if cc in ("RS", "BA", "MK"):
        reg = {"RS": r.choice([71, 80, 73, 72]), "BA": r.choice([17, 18, 19, 10]), "MK": r.choice([41, 45, 47])}[cc]
        return "JMBG" if cc != "MK" else "EMBG", "%02d%02d%03d%02d%s" % (d, m, y % 1000, reg, D(4))
    if cc == "HR":
        return "OIB", D(11)
    if cc == "AL":
        return "NID", "%s%d%02d%02d%s%s" % ("HIJKLM"[min(5, max(0, (y - 1950) // 10))], yy % 10, m + (50 if fem else 0), d, D(3), r.choice("ABCDEFGHKLMNPRSTVW"))
    raise KeyError(cc)

def _luhn_check9(body):
    s = 0
    for i, ch in enumerate(body):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)

def gen_account_id(kind, cc):
    r = _R
    if kind == "CID":
        return r.choice(["CUST-%s" % D(7), "%s%s" % (cc, D(8)), "KND %s" % D(6), "C-%s-%s" % (D(3), D(4)), "%s" % D(9)])
    if kind == "POL":
        return r.choice(["POL-%s-%s" % (cc, D(7)), "%s%s/%s" % (cc, D(6), D(2)), "P%s" % D(9), "HOME-%s" % D(6), "MC-%s-%s" % (D(4), D(4))])
    if kind == "PNR":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "TKT":
        return r.choice(["INC%s" % D(7), "CS-%s" % D(6), "#%s" % D(6), "TCK-%s" % D(5), "SR%s" % D(8)])
    if kind == "ACC":
        return r.choice(["%s-%s" % (D(4), D(7)), "ACC %s" % D(10), "%s %s %s" % (D(4), D(2), D(5)), "%s/%s" % (D(10), D(4))])
    if kind == "MTR":
        return r.choice(["meter %s" % D(8), "%s%s" % (cc, D(10)), "ZP-%s" % D(9), "EAN 57%s" % D(16)])
    if kind == "ORD":
        return r.choice(["ORD-%s" % D(7), "#%s-%s" % (D(3), D(4)), "%s-%s" % (cc, D(8))])
    if kind == "ETKT":
        return "%s-%s" % (r.choice(["117", "105", "080", "657", "390", "281", "115"]), D(10))
    raise KeyError(kind)

def gen_url(p):
    r = _R
    g, f = _ascii(p["given"]), _ascii(p["family"])
    return r.choice([
        "https://www.linkedin.com/in/%s-%s-%s" % (g, f, "".join(r.choice("0123456789abcdef") for _ in range(6))),
        "facebook.com/%s.%s.%d" % (g, f, r.randint(1, 99)),
        "https://instagram.com/%s_%s%s" % (g, f[:4], D(2)),
        "x.com/%s%s" % (g, f),
        "https://www.tiktok.com/@%s.%s" % (g[:5], f),
        "trustpilot.com/users/%s" % D(12),
    ])

def gen_email(p, cc):
    r = _R
    g, f = _ascii(p["given"]), _ascii(p["family"])
    dom = r.choice(COUNTRY[cc]["domains"])
    local = r.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%s" % (g, f, D(2)),
                      "%s%s" % (f, D(2)), "%s.%s%s" % (g, f[0], D(4)[:2])])
    return "%s@%s" % (local, dom)

def make_person(culture, cc=None):
    r = _R
    pool = POOLS[culture]
    fem = r.random() < 0.5
    given = r.choice(pool["f"] if fem else pool["m"])
    if culture == "icelandic" and r.random() < 0.85:
        family = r.choice(pool["pat"]) + ("dóttir" if fem else "son")
    else:
        family = r.choice(pool["fam"])
        if fem:
            family = _fem(culture, family)
    # occasional double given name
    if r.random() < 0.07:
        g2 = r.choice(pool["f"] if fem else pool["m"])
        if g2 != given:
            given = given + r.choice([" ", "-"]) + g2
    y = r.randint(1942, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return dict(culture=culture, cc=cc or r.choice(pool["countries"]), fem=fem, given=given,
                family=family, y=y, m=m, d=d, order=pool.get("order", "gf"))

# ---------------------------------------------------------------- templates
# {..} tokens: person/PII tokens and ordinary-vocabulary tokens (see _expand)
PII_TEMPLATES = [
 "cx {FN} called re {BANK} app login, verified w/ {NIDN} {NID}, reset done, very happy now",
 "Name: {FN} | DOB: {DOB} | Tel: {PH} | Issue: card blocked after trip to {CTRY}, unblocked in 5 min, cx pleased",
 "{CRM} - policy {POL} - water damage claim approved same day, customer said {THX} many times",
 "spoke to {TF} about the {UTIL} bill for {MON}, moved to fixed tariff {CODE}, saving approx {AMT} per year",
 "Big thanks to {G2} from {TEAM} who rebooked {FN} on the {AIR} flight via {AIRPORT}, booking ref {PNR}",
 "customer {G} {F} pls update email to {EM} old one bounces. thx",
 "{G}'s card {CARD} was skimmed at an ATM in {CITY}, new card ordered, refund of {AMT} done b4 end of day",
 "• Customer: {FN} • Acc: {ACC} • Result: late fee {AMT} waived • NPS 10",
 "voice note ok so i talked with {G} {F} and the address is changing to {ADDR} {PC} {CITY} and that is done now and customer said thank you so much",
 "Hi team, just sharing that {TF} wrote from {EM} to say {TEAM} sorted everything in one call. Br, {G2}",
 "IBAN change for {FN}: new {IBAN}, confirmed by callback to {PH}, direct debit for {UTIL} moved, no fee",
 "login from new IP {IP} for user {CID} ({FN}) was really the customer on holiday in {CTRY}, unlocked, cx grateful",
 "cx found us via {URL} and asked for callback, called {PH} on {DAY}, upgraded to {PROD}, very nice chat",
 "\"{G}\" from {CITY} so happy w/ the quick refund, ticket {TKT} closed on first contact",
 "{F} family, policy {POL}, car hit a moose near {CITY}, claim paid in 3 days, they sent a thank you card to the branch",
 "Customer win!! {FN} ({NIDN} {NID}) got the mortgage offer from {BANK} at 4.1%, first home in {CITY}",
 "thanks to {G2} in {TEAM} the lost bag of {TF} was found at {AIRPORT} and delivered to {ADDR}, {PC} {CITY} next morning",
 "{G} rang again, said ur colleague {G2} was amazing last {DAY}, compliment logged under {TKT}",
 "new address for {FN}: {ADDR}, {PC} {CITY}. meter {MTR} read, final bill for old flat {AMT}, cx ok",
 "cust {F}, {G} (dob {DOB}) wanted travel cover for {CTRY}, sold {PROD} for {AMT}, very happy",
 "Mr/Mrs field empty so fixed: {TF}, phone {PH}, email {EM}, marketing consent off",
 "pls call back {G} on {PH} after 16:00, she/he is happy with the {BANK} offer but wants to sign at branch on {STREET}",
 "{FN} b-day {DOB}, verified via {PROD}, limit raised to {AMT}, cx thx'd the team twice",
 "e-ticket {ETKT} for {FN} reissued after {AIR} cancellation, new flight {DAY} via {AIRPORT}, no extra cost",
 "Dear colleagues, {TF} (customer no {CID}) phoned to praise {G2} from {TEAM}. Please share with the team. Kind regards",
 "fraud desk stopped payment of {AMT} from card {CARD}, {G} confirmed it was not them, new card to {ADDR}",
 "{G} {F} - {PH} - {EM} - wants paper invoices stopped, switched to e-invoice, done",
 "transfer to {IBAN} failed for {FN}, fixed beneficiary name, money arrived same day, cx relieved",
 "cx {FN} couldnt log in to {PROD}, device ip {IP}, cleared block, works now. {THX} she said lol",
 "policyholder {FN}, {NIDN} {NID}, {POL}: storm damage roof, paid {AMT} within 48h, 5 stars on survey",
 "ref {PNR} / pax {CRM} / upgrade to {PROD} as goodwill after 6h delay at {AIRPORT}",
 "i spoke with {G} today and {G} said the new {UTIL} contract is much cheaper than b4, customer number {CID}",
 "shout out to {G2} and {G3} from {TEAM} for saving {FN}'s honeymoon in {CTRY}",
 "Name: {CRM} / Adr: {ADDR} / PC: {PC} / City: {CITY} / Tel: {PH} / Note: happy with outage credit {AMT}",
 "Profile {URL} matches {FN}, confirmed identity, account {ACC} reopened, customer very thankful",
 "{TF} thanked us for closing late father's account quickly, IBAN {IBAN} for the estate payout",
 "called {FN} re duplicate direct debit, refunded {AMT} to {IBAN}, cx said ur the best bank",
 "{G} from {CITY} wrote in chat: finally someone who understands! order {ORD} refunded",
 "- cx: {FN}\u00a0| dob {DOB} | {NIDN} {NID} | outcome: KYC passed, {PROD} activated",
 "customer {F} very happy, moved from {UTIL} to green tariff, new meter {MTR} at {ADDR}",
 "{G} {F} phoned from abroad ({PH}), card {CARD} declined in {CTRY}, limit fixed in 2 min",
 "Hello, this is to confirm that {TF}, born {DOB}, has been refunded {AMT} for flight {PNR}. Regards, {TEAM}",
 "quick win: {G}'s pension transfer to {BANK} done, account {ACC}, no paperwork needed",
 "per {G2} from {TEAM}: {FN} accepted the settlement of {AMT} for claim {POL}, closing ticket {TKT}",
 "{FN} asked for new PIN for card ending in the number {CARD}, sent by post to {ADDR}, {PC}",
 "voice to text so sorry for typos customer {G} {F} called in about the heating bill and we found an error of {AMT} and corrected it and {G} was really happy",
 "cx {G} said thank you to {G2} for patience, 3 calls b4 but now fixed, ticket {TKT}",
 "{CRM}, {NIDN} {NID}, moving to {CITY} on {DAY}, contract moved, no exit fee",
 "Customer {FN} (ID {CID}) - pls note prefers contact by email {EM} not phone",
 "{FN} used {PROD} from IP {IP} and it worked this time, cx happy, closing",
 "sms from {PH}: tell {G2} thanks for the help with the loan, regards {G}",
 "insured {TF}, dob {DOB}, address {ADDR} {PC}, bike theft claim paid {AMT}",
 "{G} {F}'s baggage claim {TKT} paid {AMT}, bag was stuck in {AIRPORT} for 4 days",
 "escalation resolved: {FN}, {PH}, disconnection stopped, payment plan 6x {AMT}",
 "new joint account for {FN} and {FN2}, IBAN {IBAN}, cards posted to {ADDR}",
 "cx {FN} gave 10/10, said {G2} at the {CITY} branch on {STREET} was super helpful",
 "{TF} - {EM} - changed flight to {DAY}, fare diff waived, ref {PNR}, happy",
 "account holder: {CRM}\u00a0\u00b7 acc {ACC} \u00b7 dob {DOB} \u00b7 overdraft fee {AMT} reversed",
 "called {G} back on {PH}, {G} had waited 2 weeks for claim {POL}, paid today, lots of thx",
 "the customer {FN} living at {ADDR} asked us to check the smart meter {MTR}, fixed remotely",
 "{G} wrote on {URL} that our app is great now, replied w/ thanks from {TEAM}",
 "{FN2} called for {FN} who is in hospital, power of attorney ok, bills paused till {MON}",
 "Re: complaint {TKT} / {TF} / resolved w/ goodwill {AMT} / cx accepted",
 "cx {G} pls ring {PH} if the card {CARD} isnt delivered by {DAY}",
 "owner {FN} {NIDN} {NID} insurance for new car {CODE} activated {MON} 1st",
 "agent {G2}: {TF} very kind, offered to write review, gave link, customer number {CID}",
 "{F} {G} (family name first in system) {NIDN} {NID}, dob {DOB}, all docs ok, loan {AMT} approved",
]

NOPII_TEMPLATES = [
 "{AIR} flight from {AIRPORT} delayed 3h on {DAY}, {NUM} pax rebooked by {TEAM}, everyone got vouchers of {AMT}",
 "cx happy w/ new {PROD} from {BANK}, no fees till {MON}, thx {TEAM} for quick help",
 "outage in {CITY} fixed by {UTIL} in 2h, {NUM} calls handled by {TEAM}, no complaints logged",
 "{BANK} app update {CODE} fixed the login loop, customers on {PROD} very happy today",
 "Queue {TEAM} cleared b4 lunch on {DAY}, avg handle time 4 min, great job everyone",
 "customer moving from {CTRY} to {CITY} asked about {PROD}, explained fees, happy, no account opened yet",
 "storm in {CTRY} on {DAY}: {NUM} claims opened, {INS} paid first ones within 24h",
 "cx called about {UTIL} price in {MON}, explained spot price vs fixed, chose {CODE}, thanks a lot",
 "train from {STATION} late so cx missed flight at {AIRPORT}, {AIR} rebooked free of charge",
 "{NUM} orders of new cards shipped on {DAY}, {PROD} activation rate up to 87%",
 "- issue: {PROD} not working - fix: reinstall on {DAY} - result: happy cx, {THX}",
 "branch on {STREET} in {CITY} reopened after renovation, customers very positive",
 "voice note so the customer called about the {INS} home policy and wanted to know if the {CODE} covers storm and i said yes and they were happy",
 "Team {TEAM} won the {MON} NPS contest with 72, cake on {DAY} at the {CITY} office",
 "{AIR} lounge access given as goodwill at {AIRPORT}, cx travelling to {CTRY} on {DAY}",
 "fee table for {PROD} explained in Swedish and English, customer said {THX}",
 "{NUM} customers migrated from {CODE} to new tariff, {UTIL} billing run ok on {DAY}",
 "cx asked if {BANK} works with {PROD}, yes since {MON}, set up in chat in 3 min",
 "Baggage delayed on {AIR} {CODE}, delivered to hotel in {CITY} same evening, customer ok",
 "pls note: {TEAM} closes at 18:00 on {DAY}, transfer urgent calls to {TEAM}",
 "cx pleased, travel insurance from {INS} covered the hospital bill in {CTRY}, {AMT} paid directly",
 "{PROD} limit raised to {AMT} per day after KYC review, customer thanked us",
 "great feedback from the {CITY} region on the new {UTIL} app, {NUM} 5-star reviews this week",
 "lost card reported via app, new {PROD} card ordered, arrives in 3-5 working days, cx happy",
 "cx wanted to cancel {PROD}, explained benefits, stayed on {CODE} plan, retention win",
 "roaming in {CTRY} fixed, customer could pay with {PROD} again, {THX}",
 "moving house checklist sent, {UTIL} contract transfer booked for {MON}, no fee",
 "customer asked about heating support in {MON}, applied discount {CODE}, saves {AMT}",
 "{INS} car claim: glass repair booked at partner workshop in {CITY} on {DAY}, no excess",
 "group booking of {NUM} seats on {AIR} to {CTRY} confirmed, invoice to company, all good",
 "cx confused by {CUR} conversion on {PROD}, explained FX-EUR markup, happy now",
 "thx to the {TEAM} for covering the {DAY} shift, queue was 0 by 15:00",
 "new {BANK} branch opening at {STATION} in {MON}, customers asking, info sent",
 "chat: cx wanted to know opening hours on {DAY} for {STREET} office, told 9-17, ok thx",
 "{AIR} changed aircraft, {NUM} pax moved to {PROD}, nobody complained, smooth",
 "wind farm compensation for {CITY} area explained, {UTIL} will credit {AMT} in {MON}",
 "cx from {CTRY} couldnt open account without local id, explained options, will visit {CITY} branch",
 "policy renewal letters for {MON} sent, {NUM} customers switched to {INS} {CODE}, good month",
 "snow in {CITY}, trains from {STATION} cancelled, {AIR} added extra flights, we rebooked {NUM} pax",
 "customer said the new {UTIL} invoice layout is much clearer, feedback passed to {TEAM}",
 "no personal info needed, generic question about {PROD} fees in {CUR}, answered, cx happy",
]

# ---------------------------------------------------------------- note building
TOKEN_RE = re.compile(r"(\{[A-Z0-9]+\})")
TITLES_M = ["Mr ", "Mr. ", "Mr ", "Dr ", "mr "]
TITLES_F = ["Mrs ", "Ms ", "Ms. ", "Mrs ", "Dr ", "ms "]
LOCAL_TITLES = {"PL": ("pan ", "pani "), "CZ": ("pan ", "paní "), "SK": ("pán ", "pani "),
                "GR": ("kyrios ", "kyria "), "RS": ("g. ", "gđa "), "HR": ("g. ", "gđa "),
                "HU": ("", ""), "RO": ("dl. ", "dna. "), "BG": ("g-n ", "g-zha ")}

def _amount(cc):
    r = _R
    cur = COUNTRY[cc]["cur"]
    v = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 25000)])
    if cur in ("SEK", "NOK", "DKK", "ISK", "HUF", "CZK", "RSD", "ALL", "MKD"):
        v *= r.choice([1, 10])
    sv = "{:,}".format(v).replace(",", r.choice([" ", ".", ","]))
    loc = {"PLN": "zł", "RON": "lei", "HUF": "Ft", "CZK": "Kč", "BGN": "лв", "EUR": "€"}
    k = r.random()
    if cur == "EUR" and k < 0.5:
        return "€" + sv
    if cur in loc and k < 0.3:
        return "%s %s" % (sv, loc[cur])
    return r.choice(["%s %s" % (sv, cur), "%s %s" % (cur, sv), "%s%s" % (sv, cur.lower())])

def _person_parts(kind, p):
    r = _R
    g, f = p["given"], p["family"]
    if kind == "G":
        return [(g, "name")]
    if kind == "F":
        return [(f, "name")]
    if kind == "FN":
        if p["order"] == "fg":
            return [(f, "name"), (" ", "o"), (g, "name")] if r.random() < 0.3 else [(f + " " + g, "name")]
        return [(g + " " + f, "name")]
    if kind == "TF":
        loc = LOCAL_TITLES.get(p["cc"])
        if loc and loc[0] and r.random() < 0.35:
            t = loc[1] if p["fem"] else loc[0]
        else:
            t = r.choice(TITLES_F if p["fem"] else TITLES_M)
        if r.random() < 0.3:
            full = (f + " " + g) if p["order"] == "fg" else (g + " " + f)
            return [(t, "o"), (full, "name")]
        return [(t, "o"), (f, "name")]
    if kind == "CRM":
        fam = f.upper() if r.random() < 0.7 else f
        sep = r.choice([", ", ",", " , "])
        return [(fam, "name"), (sep, "o"), (g, "name")]
    raise KeyError(kind)

def _expand(tok, ctx):
    r = _R
    p, cc = ctx["p"], ctx["p"]["cc"]
    C = COUNTRY[cc]
    if tok in ("G", "F", "FN", "TF", "CRM"):
        return _person_parts(tok, p)
    if tok == "FN2":
        if "p2" not in ctx:
            ctx["p2"] = make_person(p["culture"], cc)
            ctx["p2"]["family"] = p["family"] if r.random() < 0.5 else ctx["p2"]["family"]
        return _person_parts("FN", ctx["p2"])
    if tok in ("G2", "G3"):
        key = "c" + tok
        if key not in ctx:
            cults = [c for c, v in POOLS.items() if cc in v["countries"]]
            ctx[key] = make_person(r.choice(cults), cc)["given"].split()[0].split("-")[0]
        return [(ctx[key], "name")]
    if tok == "NIDN":
        if "nid" not in ctx:
            ctx["nid"] = gen_natid(cc, p)
        return [(ctx["nid"][0], "o")]
    if tok == "NID":
        if "nid" not in ctx:
            ctx["nid"] = gen_natid(cc, p)
        return [(ctx["nid"][1], "id")]
    if tok == "EM":
        return [(gen_email(p, cc), "email")]
    if tok == "PH":
        return [(gen_phone(cc), "phone")]
    if tok == "CARD":
        return [(gen_card(), "card")]
    if tok in ("CID", "POL", "PNR", "TKT", "ACC", "MTR", "ORD", "ETKT"):
        v = gen_account_id(tok, cc)
        if tok == "MTR" and v.startswith("meter "):
            return [("meter ", "o"), (v[6:], "id")]
        if tok == "MTR" and v.startswith("EAN "):
            return [("EAN ", "o"), (v[4:], "id")]
        if tok == "ACC" and v.startswith("ACC "):
            return [("ACC ", "o"), (v[4:], "id")]
        if tok == "CID" and v.startswith("KND "):
            return [("KND ", "o"), (v[4:], "id")]
        return [(v, "id")]
    if tok == "ADDR":
        if "street" not in ctx:
            ctx["street"] = r.choice(C["streets"])
        return [(gen_address(cc, ctx["street"]), "address")]
    if tok == "STREET":
        return [(r.choice(C["streets"]), "o")]
    if tok == "PC":
        return [(gen_postcode(cc), "postcode")]
    if tok == "CITY":
        if "city" not in ctx:
            ctx["city"] = r.choice(C["cities"])
        return [(ctx["city"], "~")]
    if tok == "IP":
        return [(gen_ip(), "ip")]
    if tok == "URL":
        return [(gen_url(p), "url")]
    if tok == "IBAN":
        return [(gen_iban(cc), "iban")]
    if tok == "DOB":
        return [(gen_dob_text(p["y"], p["m"], p["d"]), "dob")]
    o = {
        "BANK": lambda: r.choice(BANKS), "AIR": lambda: r.choice(AIRLINES),
        "INS": lambda: r.choice(INSURERS), "UTIL": lambda: r.choice(UTILS),
        "PROD": lambda: r.choice(PRODUCTS), "TEAM": lambda: r.choice(TEAMS),
        "DAY": lambda: r.choice(DAYS), "MON": lambda: r.choice(MONTHS),
        "AMT": lambda: _amount(cc), "NUM": lambda: str(r.choice([r.randint(2, 40), r.randint(41, 900)])),
        "CODE": lambda: r.choice(CODES), "STATION": lambda: r.choice(C["stations"]),
        "AIRPORT": lambda: C["airport"], "CTRY": lambda: r.choice(COUNTRIES),
        "THX": lambda: C["thx"], "CUR": lambda: C["cur"],
    }
    return [(o[tok](), "o")]

def _merge(parts):
    out = []
    for t, l in parts:
        if not t:
            continue
        if l == "o" and out and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out

def _render(template, ctx):
    parts = []
    for piece in TOKEN_RE.split(template):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            parts.extend(_expand(piece[1:-1], ctx))
        else:
            parts.append((piece, "o"))
    return _merge(parts)

def _lower(parts):
    return [(t.lower(), l) for t, l in parts]

_CACHE = {}

def _build_all():
    if "notes" in _CACHE:
        return _CACHE["notes"]
    global _R
    _R = random.Random(SEED)
    r = _R
    cultures = sorted(POOLS)
    countries = sorted(COUNTRY)
    notes, seen = [], set()
    while len(notes) < N_NOTES:
        pii = r.random() >= 0.45
        if pii:
            tpl = r.choice(PII_TEMPLATES)
            p = make_person(r.choice(cultures))
        else:
            tpl = r.choice(NOPII_TEMPLATES)
            cc = r.choice(countries)
            cults = [c for c, v in POOLS.items() if cc in v["countries"]]
            p = make_person(r.choice(cults), cc)
        parts = _render(tpl, {"p": p})
        if r.random() < 0.34:
            parts = _lower(parts)
        text = "".join(t for t, _ in parts)
        nw = len(text.split())
        if text in seen or not (5 <= nw <= 45) or "\n" in text:
            continue
        seen.add(text)
        notes.append(parts)
    _CACHE["notes"] = notes
    return notes

def blind_notes(listed: frozenset) -> list:
    """Return the notes: each note is a list of (text, label) parts, in order; joining
    the texts gives the note. Drop (do not return) every note in which any word of a
    "name" part, case-folded and accent-folded, is in `listed` (compare folded forms)."""
    flisted = {fold(x) for x in listed}
    out = []
    for parts in _build_all():
        if flisted:
            bad = False
            for t, l in parts:
                if l == "name" and _name_words(t) & flisted:
                    bad = True
                    break
            if bad:
                continue
        out.append([(t, l) for t, l in parts])
    return out

# ---------------------------------------------------------------- self-check
def _check(notes):
    seen = set()
    for parts in notes:
        assert parts, "empty note"
        for i, (t, l) in enumerate(parts):
            assert l in LABELS, l
            assert t, "empty part"
            if l != "o":
                assert t == t.strip(), repr(t)
            if i and l == "o":
                assert parts[i - 1][1] != "o", "adjacent o parts"
        text = "".join(t for t, _ in parts)
        assert "\n" not in text and "\r" not in text
        assert 5 <= len(text.split()) <= 45, text
        assert text not in seen, "duplicate"
        seen.add(text)

if __name__ == "__main__":
    full = blind_notes(frozenset())
    _check(full)
    assert len(full) == N_NOTES
    again = blind_notes(frozenset())
    assert again == full
    sample = frozenset({"Anna", "NOWAK", "jensen", "Guðrún", "Papadopoulou", "kovacs", "jovanovic"})
    fs = {fold(x) for x in sample}
    part = blind_notes(sample)
    _check(part)
    for parts in part:
        for t, l in parts:
            if l == "name":
                assert not (_name_words(t) & fs), t
    assert len(part) < len(full)
    counts = {l: 0 for l in LABELS}
    for parts in full:
        for t, l in parts:
            counts[l] += 1
    texts = ["".join(t for t, _ in p) for p in full]
    lower = sum(1 for t in texts if t == t.lower()) / len(texts)
    nopii = sum(1 for p in full if all(l in ("o", "~") for _, l in p)) / len(full)
    print("notes:", len(full), "| with sample listed:", len(part))
    print("parts per label:", counts)
    print("lower-case share: %.3f" % lower)
    print("no-personal-data share: %.3f" % nopii)
    print("templates: %d with personal data, %d without; pools: %d" % (len(PII_TEMPLATES), len(NOPII_TEMPLATES), len(POOLS)))
    for pool, v in POOLS.items():
        assert len(v["m"]) + len(v["f"]) >= 40, pool
        assert len(v["fam"]) + 2 * len(v.get("pat", [])) >= 40, pool
    rr = random.Random(1)
    for p in rr.sample(full, 10):
        print(" ", p)
