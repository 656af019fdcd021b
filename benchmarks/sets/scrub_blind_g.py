"""Blind evaluation set "G" for the carecli personal-data scrubber.

Setting: English-language support desks of global companies (travel booking,
gaming, fintech/remittance, marketplace, streaming, electronics), remote agents,
customers all over the world.

blind_notes(listed) -> list of notes; each note is a list of (text, label).
Standard library only; deterministic (fixed seed, no set iteration).
"""
from __future__ import annotations

import random
import re
import unicodedata

SEED = 77_2026_0917
N_NOTES = 1000

LABELS = {"name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~"}

# ---------------------------------------------------------------------------
# Names: culture -> (male given, female given, family)
# Family names of Russian-style cultures are stored in masculine form and
# feminised on demand.
# ---------------------------------------------------------------------------
NAMES = {
    "tatar": (
        "Ilnaz Almaz Rafis Nail Ramil Azat Ilgiz Bulat Linar Rishat Airat Ildus "
        "Marsel Fanil Ilnur Radik Fanis Ilsur Rinaz Ilfat Rustem Fidail Zufar "
        "Ilshat Niyaz Rafael Ilgam Damir Almas Ravil Insaf Raif",
        "Gulnara Alsu Guzel Ilsiyar Chulpan Leysan Dilyara Rezeda Gulshat Alfiya "
        "Zulfiya Razilya Nailya Ramilya Landysh Zemfira Ilsoyar Gulchachak "
        "Alsou Rauza Firdaus Guzeliya Liliya Aigul Nurziya Fairuza Ruzal "
        "Sumbel Ilyuza Alina Raisa Zarina",
        "Valiullin Khairullin Galimov Sabirov Mingazov Nurullin Zakirov Shakirov "
        "Gilmutdinov Fazlyev Garipov Khabibullin Akhmetzyanov Safiullin "
        "Mukhametshin Latypov Sharafutdinov Khusnutdinov Gatiatullin "
        "Tukhvatullin Gabdrakhmanov Zaripov Ziganshin Kamaletdinov Fatkhullin "
        "Nizamov Samigullin Bikmullin Mannapov Sadykov Gainutdinov Yarullin "
        "Minullin Khasanshin",
    ),
    "bashkir": (
        "Salavat Azamat Ural Ilshat Flyur Aigiz Timerbulat Askar Rifkat Gaziz "
        "Yulai Minlebai Akmulla Ilmir Rinat Zagir Ainur Ilyas Fidan Rail "
        "Khadis Ural-Batyr Ilgizar Irek Rafkat Ildan Timur Artur Azamatbek "
        "Ilyaz Sagit",
        "Zukhra Gulnaz Aisylu Zilya Raushaniya Gulfia Tansylu Ilmira Laysan "
        "Firuza Mainur Aigul Zarema Gulsina Zainab Sylu Tanzilya Ramziya "
        "Alfira Gulusa Minzifa Nafisa Rimma Gulsum Aliya Dilbar Zilara "
        "Ziliya Gulchira Khadiya",
        "Yulaev Baishev Kutlugildin Ishmuratov Yanbaev Rakhmatullin "
        "Abdrakhmanov Ishbulatov Kuvatov Zainullin Sultangareev Mustafin "
        "Bikbaev Kulsharipov Kildibekov Akhmerov Gabitov Iskhakov Aitbaev "
        "Suyargulov Yamaletdinov Tagirov Bashirov Yagafarov Kinzyabulatov "
        "Kagarmanov Utyaganov Khabirov Nigmatullin Buranbaev Sagitov "
        "Kuzbekov",
    ),
    "chechen": (
        "Adlan Zelimkhan Turpal-Ali Said-Emin Apti Khamzat Alikhan Baysangur "
        "Movsar Rizvan Lecha Vakha Ruslan Aslan Islam Umar Ibragim Salman "
        "Abubakar Khasan Magomed-Emi Dzhamal Aslambek Islambek Shamkhan "
        "Usman Zaurbek Akhyad Mokhmad Ramzan Rustam-Ali Khozh-Akhmed",
        "Zarema Kheda Petimat Seda Zulikhan Liana Aset Khava Milana Markha "
        "Yakha Madina Amina Malika Raisa Zaira Luiza Tamara Elza Khadizhat "
        "Aminat Deshi Zalpa Marem Zhovkhar Lyoma Asya Dagmara Iman Birlant",
        "Abdurakhmanov Gaziev Dadaev Magomadov Saidulaev Bisultanov Elmurzaev "
        "Tsakaev Israilov Khadzhiev Mutaev Vakhaev Aidamirov Akhmadov "
        "Gairbekov Bakhaev Tovsultanov Bataev Dzhabrailov Idigov Eskiev "
        "Zakriev Musaev Labazanov Umkhaev Sadulaev Temirsultanov Visaitov "
        "Dzhamaldaev Arsamikov Shidaev Yusupov Tasuev",
    ),
    "tajik": (
        "Firuz Farrukh Jamshed Bahrom Daler Parviz Shohrukh Sukhrob Faridun "
        "Manuchehr Behruz Umed Khurshed Dilshod Komron Ismoil Siyovush Abdullo "
        "Nurullo Rustam Sino Bakhtovar Zafar Muhammadjon Shodmon Saidjon "
        "Firdavs Amirkhon Davlatmand Khusrav Suhrob Rahmatullo",
        "Mehrangez Farangis Tahmina Nilufar Shahnoza Gulnora Sitora Parvina "
        "Manizha Dilnoza Firuza Munisa Rukhshona Zarina Malika Mavluda "
        "Gulchehra Sadbarg Nigina Shabnam Madina Oisha Takhmina Mehrinisso "
        "Gulrukhsor Zebo Rano Dilafruz Nozanin Bibisoro",
        "Rahmonov Nazarov Sharipov Karimov Davlatov Saidov Ismoilov Khudoyorov "
        "Mirzoev Qodirov Safarov Rajabov Boboev Sattorov Hamidov Yusufi "
        "Nurmatov Zoirov Qurbonov Ashurov Odinaev Murodov Shamsiddinov "
        "Rahimzoda Karimzoda Nazarzoda Sharifzoda Faizulloev Kholov Sodiqov "
        "Davlatzoda Abdulloev Jalilov Amonzoda",
    ),
    "turkmen": (
        "Serdar Myrat Merdan Batyr Dowlet Gurban Annamyrat Orazgeldi Nury Rejep "
        "Hojamyrat Begench Shatlyk Yazmyrat Atamyrat Kakajan Maksat Bayram "
        "Berdimyrat Dowletgeldi Arslan Kerim Agamyrat Ylham Guwanch Rahym "
        "Mekan Saparmyrat Nurberdi Toyly Ahmet",
        "Ogulgerek Aynur Jeren Ogulbike Gulshirin Enejan Selbi Mahri Ayna Bagul "
        "Ogulnabat Lale Shirin Gozel Maral Ogulsona Sona Jahan Bahar Leyli "
        "Nabat Gulalek Ayjemal Mahym Ogulbibi Altyn Guljemal Dunya Sulgun "
        "Ogulmaral",
        "Atayev Orazov Annayev Berdiyev Gurbanov Charyyev Durdyyev Hojayev "
        "Amanov Myradov Ovezov Baýramow Saparov Nurmuhammedov Kakayev Taganov "
        "Ishanguliyev Geldiyev Allaberdiyev Rejepov Yazmuradov Atamuradov "
        "Garayev Meredov Babayev Orazmuhammedov Muhammetgulyýew Gylyjow "
        "Ahmedow Annaguliyev Hudaýberdiýew Çaryýew Nepesov",
    ),
    "kyrgyz": (
        "Almazbek Nurlan Bakyt Kubanychbek Ermek Talant Chyngyz Aibek Nurbek "
        "Kanybek Temirlan Ulan Bektur Adilet Tilek Mirlan Urmat Zhyrgalbek "
        "Azamat Erlan Kurmanbek Daniyar Elmurat Bolotbek Ruslanbek Atai "
        "Bekzat Nursultan Omurbek Zhanybek Samat",
        "Aizada Gulzat Cholpon Aigerim Aichurok Begimai Kanykei Zhazgul Elnura "
        "Asel Meerim Saltanat Nazgul Aida Zhyldyz Nurzada Aizhan Baktygul "
        "Ainura Kunduz Zhibek Umut Tolgonai Burulai Gulmira Venera Aiperi "
        "Altynai Zamira Eliza",
        "Abdyldaev Sadyrov Osmonaliev Tokonov Dzhumabekov Asanov Beishenaliev "
        "Mamytov Toktogulov Kadyrbekov Sydykov Imanaliev Bakirov Kydyrmyshev "
        "Sultanbekov Omurzakov Usenov Turdumambetov Eshmatov Abylkasymov "
        "Raimbekov Dzhusupov Kasymaliev Niyazbekov Murataliev Akmatov "
        "Zhumaliev Subanbekov Temirov Mambetaliev Orozbekov Tashbolotov",
    ),
    "mapuche": (
        "Nahuel Lautaro Licán Antü Huenu Galvarino Inalaf Pillán Wenu Lemu "
        "Kalfulaf Wechan Manke Alen Nawel Kallfü Pichi Aukan Lefxaru Leftraru "
        "Millacura Ñancu Pangui Catrilaf Epulef Huentru Painen Ayinko "
        "Kuyen Tripayan Eusebio Anselmo",
        "Ailén Millaray Ayelén Rayén Amancay Quimey Liwen Relmu Huilén "
        "Licarayén Amuyen Malen Yenien Küyen Ayün Llanka Aylin Ayeliwen "
        "Wenulen Pewma Rayen Kalfurayen Millen Ayekan Fresia Ayelen Rosalba "
        "Inayen Eluney Nahuelén",
        "Huenchullán Catrileo Painemal Millapán Ñancupil Curaqueo Antileo "
        "Huaiquimil Llancaqueo Marileo Quintremil Huenchumilla Nahuelpán "
        "Cayupán Lincopán Huichalaf Caniuqueo Paillalef Ancalaf Collipal "
        "Queupumil Millalén Painequeo Llanquileo Tripailaf Curihual "
        "Ñancucheo Huenulef Epulef Lemunao Aillapán Calfuqueo Melinao "
        "Coliñir Pilquimán",
    ),
    "aymara": (
        "Wayra Amaru Mallku Kusi Willka Sayri Tupaj Katari Ayar Manqu Anka "
        "Achik Yupanki Taypi Killari Eulogio Saturnino Nemesio Crisóstomo "
        "Evaristo Gualberto Felipe Teófilo Primo Fortunato Ceferino Apolinar "
        "Hilarión Macario Zenón Pacífico",
        "Nayra Illari Qhana Suma Wara Phaxsi Urpi Chaska Kantuta Tika Siwar "
        "Wiñay Lupaka Kusisita Teodora Filomena Primitiva Eustaquia Justina "
        "Celestina Basilia Gregoria Feliza Nieves Sabina Marcelina Rufina "
        "Sixta Epifania Modesta Hermelinda",
        "Mamani Quispe Condori Choque Apaza Huanca Ticona Quisbert Chambi "
        "Limachi Colque Yujra Copa Huarachi Tarqui Mayta Poma Kapa Chuquimia "
        "Callisaya Alanoca Ajata Huanacu Chipana Cutipa Quenta Vilca Ticlla "
        "Mamani-Choque Quispe-Laruta Cusicanqui Patzi Nina Titirico Aruquipa",
    ),
    "nahuatl": (
        "Cuauhtémoc Tonatiuh Tenoch Tlacaelel Ehecatl Tizoc Ahuizotl Necalli "
        "Mixtli Yaotl Cuetlachtli Xiuhcoatl Tochtli Huitzilin Ollin Tlanextli "
        "Itzcoatl Nezahual Tlaloc Mazatl Coaxoch Atzin Tonalli Teoxihuitl "
        "Cuauhtli Macuilxochitl Chimalli Tlacotl Quetzal Ocelotl",
        "Citlali Xóchitl Yaretzi Quetzalli Yoltzin Izel Xochiquetzal Meztli "
        "Citlalmina Itzayana Yolotl Ameyal Centehua Tonalxochitl Atl Nenetl "
        "Xiuhnelli Tlalli Miyahuatl Tlanextli Cuicatl Ayauhtli Chalchiuitl "
        "Coatlicue Yohualli Papalotl Tecuixpo Nochtli Ixtli Zyanya",
        "Tecuapetla Xicohténcatl Cuautle Tlapale Tzompantzi Tecalco Cuapio "
        "Tlatelpa Xochipa Tlaseca Ixtlapale Tepetla Cocoletzi Tlilayatzi "
        "Papalotzi Cuamatzi Quechol Ayapantecatl Tochimani Xochicale "
        "Cuatecontzi Tecuatl Zempoaltecatl Hueyotl Coyotzi Axochitl Mazatzi "
        "Tlacomulco Netzahualcoyotl Tepoztecatl Ocotlán Tlamatzi Xalteno",
    ),
    "kiche": (
        "Tecún B'alam Kawoq Ajpop Q'anil Tz'ikin Tijax No'j Ajmaq Aq'ab'al "
        "Kiej Ajb'ee Saqil Kab'awil Toj Imox Ajaw Diego Domingo Sebastián "
        "Baltazar Cipriano Gaspar Nicolás Tomás Andrés Lorenzo Pascual Mateo",
        "Ixchel Ixmucané Ixkik' Ixb'alam Nik'te' Ixim Ixq'anil Ixnoj Saqb'e "
        "Ixkem Ixtz'unun Ixmukane Tomasa Feliciana Petrona Manuela Juana "
        "Micaela Catarina Dominga Sebastiana Candelaria Isabela Virgilia "
        "Ixpop Cruz Magdalena Jacinta Francisca Lucía",
        "Tzoc Tzul Ixcoy Quiej Cux Ajcot Xiloj Ixtos Tzunún Cotzajay Batz "
        "Ixquiac Coyoy Sicajau Ajanel Chivalán Tambriz Tzep Ixcot Guarchaj "
        "Tuy Quisquiná Xicay Ixmay Tiú Saquic Cojtín Taquiej Sipac Teleguario "
        "Ajú Pacajoj Tohom Choxom Ixquiactap",
    ),
    "garifuna": (
        "Aurelio Teodoro Genaro Ligorio Exiquio Doroteo Celso Fausto Nicasio "
        "Yubani Ubaldo Wilmer Desiderio Sabino Tranquilino Eleuterio Canuto "
        "Roque Feliciano Nolberto Crecencio Abelino Erasmo Silvino Rufino "
        "Jacinto Bonifacio Lencho Hipólito Anastasio Marcial",
        "Nidia Lucrecia Dilcia Gladis Yeni Marcelina Digna Aracely Chepita "
        "Sarita Eugenia Nicolasa Ofelia Elodia Justa Rosenda Melba Aurelia "
        "Yolani Sixta Guadalupe Prudencia Bernarda Dominga Tomasa Evelia "
        "Eusebia Onelia Belarmina Hermelinda Leocadia",
        "Arzú Güity Sambulá Bernárdez Norales Cayetano Palacio Suazo Lacayo "
        "Casildo Zúniga Loredo Gotay Fermín Mariano Lino Bonifacio Álvarez "
        "Centeno Sabio Moreira Amaya Ventura Bermúdez Guzmán Ávila Solís "
        "Lambert Ellington Nuñez Francisco Velásquez Martínez Colindres",
    ),
    "haitian": (
        "Wisly Kervens Woodly Fritznel Wilner Dieuseul Dieunel Frantzy Rosemond "
        "Ernso Jean-Wesner Mackenson Wilfrid Lovensky Chrisnel Makenley "
        "Jean-Robert Fritzgerald Jean-Evens Wesline Edner Jocelin Dieudonne "
        "Jean-Rony Luckner Jean-Fritz Fednel Wesner Jean-Ernst Rubens "
        "Jameson Wislet",
        "Widlene Mirlande Nadège Guerline Roodline Ketly Islande Yvrose "
        "Marie-Ange Medgine Sherline Naïka Fedna Rose-Marie Marie-Carmelle "
        "Lovelie Jesula Nathacha Wideline Marjorie-Ange Ketsia Fabiola "
        "Dieula Bethanie Mislande Ginette Rosena Kettly Darline Magalie "
        "Fabienne",
        "Pierre-Louis Jean-Baptiste Saint-Fleur Désir Dorvil Laguerre Augustin "
        "Bazile Célestin Exantus Fils-Aimé Délva Estimé Mentor Lamothe Lubin "
        "Métellus Pierrilus Sainvil Thermidor Vilsaint Dorcélus Jean-Louis "
        "Florestal Saintil Jeudy Petit-Frère Bellegarde Altidor Cadet "
        "Dieujuste Pierre-Paul Jean-Gilles Toussaint Bastien",
    ),
    "papiamento": (
        "Shurendy Jurich Churandy Jandino Sharlon Rignald Urvin Euclides Norvin "
        "Ivar Rudsel Jurensley Kemy Girigorio Shanon Rudmer Jurvin "
        "Ruchendrick Gerwin Kurvin Rignaldo Ashandro Rowendy Jean-Marc "
        "Eldridge Shurwin Jeandro Siegfried Ruthsel Dinelson Quiandro",
        "Shanaira Ruthmila Jomaira Roshenda Xiomara Shaquilla Zuleika Suhena "
        "Shudeline Raysha Jeanaira Churmaine Shayenne Anyelis Chanelle "
        "Giovanna Shuleika Thaysha Reshma Sujaila Nayeska Ruthiela Shardé "
        "Jeaniene Dushaira Luzmila Maytee Yolaika Shurnaira Rudiela",
        "Martina Maduro Croes Wever Kock Tromp Eman Lacle Geerman Dijkhoff Ras "
        "Oduber Arends Lampe Winklaar Isenia Pieternella Janga Statia Martis "
        "Cijntje Sulvaran Zievinger Rojer Koolman Boekhoudt Semeleer Leito "
        "Thodé Vrolijk Sillé Wout Kelkboom Hooi Fingal Rosaria",
    ),
    "lingala": (
        "Fiston Glody Gloire Exaucé Trésor Héritier Guylain Dieudonné Papy "
        "Bolingo Esengo Lokwa Makambo Masengo Boboto Ekanga Merveil Christ-Vie "
        "Merveil-Glody Deo-Gracias Nathan-Elikia Jolino Jordi Mbuta Likambo "
        "Bienvenu Junior-Elie Ruffin Kadima Djodjo Jean-Pierre",
        "Elikia Malamu Ngalula Lisanga Mbalanga Kiese Merveille Bénédicte "
        "Patience Bijou Ornella Grâce Emmanuella Christelle Mamie Falonne "
        "Jolie Fifi Nadia-Elikia Dorcas Bolingo Nsona Princesse Nsimba "
        "Nsengi Nono Mireille Gracia Malamu-Elikia Aimée Bomoko",
        "Mbala Lokombe Bokungu Ngoy Makiadi Kabamba Mpiana Bolamba Likaka "
        "Mokonzi Lisasi Bofenda Mbemba Ekofo Ekanga Bosenge Matondo Mputu "
        "Nzuzi Lokuli Bolumbu Likoko Mangala Bokolo Elonga Nsimba Ilunga "
        "Kalonji Mukendi Tshibangu Lumbala Bakambu Mbuyamba Bolingo Ngalamulume",
    ),
    "chichewa": (
        "Chikondi Madalitso Thokozani Kondwani Mphatso Dalitso Limbani "
        "Yamikani Takondwa Pemphero Chimwemwe Mayeso Khumbo Chifundo Temwani "
        "Mwayi Ulemu Dumisani Mtendere Mphatso-Chisomo Tiyanjane Kumbukani "
        "Chisomo Wongani-Limbani Ndaziona Wongani Mabvuto Chimango Chisambo "
        "Ganizani Chawanangwa",
        "Tiyamike Tawonga Chimwemwe Tamanda Zione Tadala Alinafe Lusungu "
        "Chawezi Towera Tionge Takondwa Chisomo Thandiwe Madalo-Tadala Atupele "
        "Chiyamiko Esnart Chikumbutso Ndaona Chiyembekezo Yankho Tisunge "
        "Mwawi Dorica Madalo Chikondi Kettie Mervis Pilirani Thokozile",
        "Banda Phiri Mwale Chirwa Kachingwe Nyirenda Mbewe Mkandawire Msiska "
        "Ngwira Gondwe Mhango Chisale Kamanga Chimwaza Kalua Mussa Kumwenda "
        "Mvula Tembo Jere Kapalamula Chinyama Matiya Makwinja Kachale Zimba "
        "Chimombo Namate Chiumia Kadzamira Mkwapatira Chilembwe Mhone Kaphuka",
    ),
    "bemba": (
        "Mulenga Chanda Bwalya Mwansa Chileshe Mutale Kasonde Musonda Mumba "
        "Chilufya Mwila Chola Kalaba Mubanga Kunda Kapembwa Mwaba Chisanga "
        "Kangwa Ngosa Kabaso Mwamba Mwenya Chabala Chomba Kalunga "
        "Mukuka Nkandu Chitalu Kabwela Sampa",
        "Mapalo Chipo Chisenga Nsofwa Bupe Luyando Taonga Chilufya Mwila "
        "Namukolo Mwape Chanda Musonda Kasuba Chibwe Mutinta Mwansa Ngosa "
        "Mulenga Chola Kasubo Salome-Bwalya Kapambwe Nachilala Chishala "
        "Mwangala Chileshe Mpundu Namwila Bwembya Kapasa",
        "Mulenga Chanda Bwalya Mwansa Chileshe Kapwepwe Katongo Musonda Mumba "
        "Mutale Kasonde Lungu Mwape Chisala Mubanga Chilufya Mwelwa Kalumba "
        "Chongo Kabamba Mwamba Mukuka Kangwa Nkandu Mutambo Chibwe Kapembwa "
        "Chitalu Chisanga Mambwe Mpundu Sichilongo Chabala Mwewa Kabwela",
    ),
}
CULTURES = list(NAMES)
RU_STYLE = {"tatar", "bashkir", "chechen", "tajik", "kyrgyz", "turkmen"}
HISPANIC_STYLE = {"mapuche", "aymara", "nahuatl", "kiche", "garifuna"}

# ---------------------------------------------------------------------------
# Ordinary vocabulary: brands, products, places, teams
# ---------------------------------------------------------------------------
TRAVEL = ["Skyscanner", "Expedia", "Agoda", "Trip.com", "Hopper", "Kiwi.com",
          "Booking.com", "Despegar", "Tutu.ru", "Aviasales", "Ostrovok", "Kayak"]
AIRLINES = ["Turkish Airlines", "Air Astana", "Somon Air", "Turkmenistan Airlines",
            "Avianca", "LATAM", "Sky Airline", "BoA", "Aeroméxico", "Volaris",
            "Copa Airlines", "KLM", "Divi Divi Air", "Sunrise Airways",
            "Ethiopian", "Kenya Airways", "Proflight Zambia", "Malawi Airlines",
            "Emirates", "flydubai", "Pegasus", "Wizz Air", "S7", "Aeroflot",
            "Air Manas", "Uzbekistan Airways", "JetSMART", "Interjet", "Air Canada",
            "Air Tanzania", "Azul", "TAAG", "Air Côte d'Ivoire"]
HOTELS = ["Hilton", "Marriott", "Ibis", "Radisson Blu", "Hyatt Regency", "Novotel",
          "Sheraton", "Mercure", "Kempinski", "Hampton Inn", "Holiday Inn Express",
          "Best Western", "Wyndham", "Crowne Plaza", "Serena",
          "Sunbird", "Taj", "Protea", "Rixos", "Park Inn", "Courtyard", "Moxy",
          "Four Points", "Renaissance"]
GAMES = ["Valorant", "Dota 2", "PUBG Mobile", "Free Fire", "Genshin Impact",
         "Fortnite", "Roblox", "Mobile Legends", "Counter-Strike 2", "Apex Legends",
         "EA FC 25", "Minecraft", "Clash Royale", "World of Tanks", "Call of Duty: Warzone",
         "League of Legends", "Brawl Stars", "Honkai: Star Rail", "Rocket League",
         "Elden Ring", "Tekken 8", "Standoff 2", "Warframe", "Diablo IV"]
CONSOLES = ["PS5", "PlayStation 5", "Xbox Series X", "Xbox Series S", "Nintendo Switch",
            "Switch OLED", "Steam Deck", "ASUS ROG Ally", "PS4 Pro", "Meta Quest 3",
            "DualSense", "Xbox controller", "Legion Go"]
DEVICES = ["Samsung Galaxy S24", "Galaxy A15", "iPhone 15 Pro", "iPhone 13",
           "Redmi Note 13", "Tecno Spark 20", "Infinix Hot 40", "itel A70",
           "Huawei P60", "Honor X8", "Realme C55", "OnePlus 12", "Pixel 8",
           "Galaxy Buds2", "AirPods Pro", "Sony WH-1000XM5", "JBL Flip 6",
           "Lenovo IdeaPad", "MacBook Air", "Galaxy Tab A9", "Apple Watch",
           "Xiaomi Mi Band 8", "Oraimo FreePods", "Kindle Paperwhite"]
BANKS = ["Sberbank", "T-Bank", "Kaspi", "Alif", "Dushanbe City Bank", "Optima Bank",
         "MBank", "Banco Unión", "BancoSol", "BBVA", "Banco de Chile", "BancoEstado",
         "Banorte", "Banrural", "BAC Credomatic", "Unibank", "Sogebank", "Banco di Caribe",
         "Maduro & Curiel's Bank", "Equity BCDC", "Rawbank", "National Bank of Malawi",
         "Zanaco", "Stanbic", "Revolut", "Monzo", "ING", "Ziraat"]
REMIT = ["Wise", "Remitly", "WorldRemit", "Western Union", "MoneyGram", "Payoneer",
         "Sendwave", "Zolotaya Korona", "Unistream", "Airtel Money", "MTN MoMo",
         "TNM Mpamba", "Zamtel Kwacha", "M-Pesa", "Orange Money", "MonCash",
         "Mercado Pago", "Taptap Send", "Ria", "Xoom", "Korona Pay", "PayPal"]
MARKETS = ["Wildberries", "Ozon", "Amazon", "eBay", "Etsy", "AliExpress", "Temu",
           "Mercado Libre", "Jumia", "Avito", "Lalafo", "Shein", "Yandex Market",
           "Kilimall", "Facebook Marketplace", "Vinted", "Uzum Market"]
STREAMS = ["Netflix", "Spotify", "Disney+", "Crunchyroll", "Kinopoisk", "Okko",
           "YouTube Premium", "Twitch", "Deezer", "Apple TV+", "Showmax", "Prime Video",
           "Max", "Boomplay", "Audiomack", "Paramount+", "DAZN"]
APPS = ["WhatsApp", "Telegram", "Google Play", "App Store", "Steam", "Xbox Game Pass",
        "PlayStation Plus", "Epic Games Store", "Battle.net", "Discord Nitro",
        "Apple Pay", "Google Pay", "Samsung Pay", "Yandex Go", "Uber", "inDrive",
        "Bolt", "Glovo", "Careem"]
ALL_BRANDS = TRAVEL + AIRLINES + HOTELS + GAMES + CONSOLES + DEVICES + BANKS + \
    REMIT + MARKETS + STREAMS + APPS

HOME_CITIES = [
    ("Kazan", "Tatarstan"), ("Naberezhnye Chelny", "Tatarstan"), ("Almetyevsk", "Tatarstan"),
    ("Nizhnekamsk", "Tatarstan"), ("Ufa", "Bashkortostan"), ("Sterlitamak", "Bashkortostan"),
    ("Beloretsk", "Bashkortostan"), ("Sibay", "Bashkortostan"), ("Grozny", "Chechnya"),
    ("Gudermes", "Chechnya"), ("Urus-Martan", "Chechnya"), ("Shali", "Chechnya"),
    ("Dushanbe", "Tajikistan"), ("Khujand", "Tajikistan"), ("Kulob", "Tajikistan"),
    ("Khorog", "Tajikistan"), ("Bokhtar", "Tajikistan"), ("Ashgabat", "Turkmenistan"),
    ("Türkmenabat", "Turkmenistan"), ("Mary", "Turkmenistan"), ("Daşoguz", "Turkmenistan"),
    ("Balkanabat", "Turkmenistan"), ("Bishkek", "Kyrgyzstan"), ("Osh", "Kyrgyzstan"),
    ("Karakol", "Kyrgyzstan"), ("Naryn", "Kyrgyzstan"), ("Jalal-Abad", "Kyrgyzstan"),
    ("Cholpon-Ata", "Kyrgyzstan"), ("Temuco", "Chile"), ("Padre Las Casas", "Chile"),
    ("Angol", "Chile"), ("Villarrica", "Chile"), ("Puerto Montt", "Chile"),
    ("Neuquén", "Argentina"), ("Bariloche", "Argentina"), ("Junín de los Andes", "Argentina"),
    ("El Alto", "Bolivia"), ("La Paz", "Bolivia"), ("Oruro", "Bolivia"),
    ("Achacachi", "Bolivia"), ("Puno", "Peru"), ("Juliaca", "Peru"), ("Tlaxcala", "Mexico"),
    ("Puebla", "Mexico"), ("Milpa Alta", "Mexico"), ("Cuetzalan", "Mexico"),
    ("Tepoztlán", "Mexico"), ("Quetzaltenango", "Guatemala"), ("Xela", "Guatemala"),
    ("Totonicapán", "Guatemala"), ("Chichicastenango", "Guatemala"),
    ("Santa Cruz del Quiché", "Guatemala"), ("Livingston", "Guatemala"),
    ("Dangriga", "Belize"), ("Hopkins", "Belize"), ("La Ceiba", "Honduras"),
    ("Trujillo", "Honduras"), ("Tela", "Honduras"), ("Port-au-Prince", "Haiti"),
    ("Cap-Haïtien", "Haiti"), ("Jacmel", "Haiti"), ("Les Cayes", "Haiti"),
    ("Pétion-Ville", "Haiti"), ("Gonaïves", "Haiti"), ("Willemstad", "Curaçao"),
    ("Oranjestad", "Aruba"), ("San Nicolaas", "Aruba"), ("Kralendijk", "Bonaire"),
    ("Kinshasa", "DRC"), ("Mbandaka", "DRC"), ("Kisangani", "DRC"), ("Lisala", "DRC"),
    ("Brazzaville", "Congo"), ("Pointe-Noire", "Congo"), ("Lilongwe", "Malawi"),
    ("Blantyre", "Malawi"), ("Zomba", "Malawi"), ("Mzuzu", "Malawi"), ("Mangochi", "Malawi"),
    ("Salima", "Malawi"), ("Lusaka", "Zambia"), ("Kitwe", "Zambia"), ("Ndola", "Zambia"),
    ("Kasama", "Zambia"), ("Mansa", "Zambia"), ("Chingola", "Zambia"), ("Mpika", "Zambia"),
]
DESTS = ["Istanbul", "Antalya", "Dubai", "Moscow", "St Petersburg", "Lisbon", "Madrid",
         "Amsterdam", "Miami", "Montréal", "Paris", "Brussels", "Johannesburg", "Nairobi",
         "Mexico City", "Santiago", "Lima", "Cusco", "Tashkent", "Almaty", "Bali",
         "Cancún", "New York", "Toronto", "Doha", "Addis Ababa", "Dar es Salaam",
         "Cape Town", "Sochi", "Tbilisi", "Samarkand", "Bogotá", "Panama City",
         "Punta Cana", "Rotterdam", "Frankfurt", "London", "Bangkok", "Seoul",
         "Kuala Lumpur", "Livingstone", "Victoria Falls", "Zanzibar", "Boston"]
REGIONS = ["Araucanía", "Los Lagos", "the Altiplano", "Gorno-Badakhshan", "Issyk-Kul",
           "the Copperbelt", "Équateur", "Northern Region", "Southern Province",
           "the Volga region", "the Urals", "North Caucasus", "Fergana Valley",
           "Ahal", "Lebap", "Patagonia", "Yucatán", "Western Highlands",
           "the Bay Islands", "Nord-Ouest", "Sud-Est", "the ABC islands",
           "Central America", "the Caribbean", "Central Asia", "Southern Africa",
           "LATAM", "EMEA", "APAC", "Luapula", "Lake Malawi area"]
COUNTRIES = sorted({c for _, c in HOME_CITIES} | {
    "Turkey", "UAE", "Russia", "Kazakhstan", "Uzbekistan", "Netherlands", "France",
    "Belgium", "Canada", "USA", "UK", "Spain", "Portugal", "South Africa", "Kenya",
    "Tanzania", "Dominican Republic", "Germany", "Poland", "Brazil"})
TEAMS = ["Trust & Safety", "Payments Ops", "Tier 2 EMEA", "VIP Desk", "Tier 1 LATAM",
         "APAC Nights", "Fraud Squad", "Escalations", "KYC Review", "Chargebacks",
         "Disputes", "Refunds Queue", "Seller Support", "Account Recovery", "Billing L2",
         "Onboarding", "Retention", "Loyalty Desk", "Hardware RMA", "Device Care",
         "Creator Support", "Player Support", "Compliance", "AML Desk", "Travel Changes",
         "Flight Disruptions", "Hotel Partner Desk", "QA", "WFM", "Social Care",
         "Voice Queue", "Chat Queue", "Spanish Overflow", "French Queue", "Russian Desk",
         "Tier 3", "Night Shift", "Payouts Team", "Merchant Risk", "Care Squad B",
         "Priority Line", "Partner Success"]
CURRENCY = [("$", "", 2), ("€", "", 2), ("£", "", 2), ("", " RUB", 0), ("", " TJS", 0),
            ("", " KGS", 0), ("", " TMT", 0), ("CLP ", "", 0), ("Bs ", "", 0),
            ("MXN ", "", 0), ("Q", "", 2), ("", " HNL", 0), ("HTG ", "", 0),
            ("ANG ", "", 2), ("AWG ", "", 2), ("", " CDF", 0), ("MWK ", "", 0),
            ("ZMW ", "", 0), ("K", "", 0), ("USD ", "", 2), ("", " EUR", 2), ("AED ", "", 0)]
HELP_URLS = ["help.netflix.com", "help.steampowered.com", "wise.com/help",
             "status.epicgames.com", "support.apple.com/repair", "www.westernunion.com/track",
             "remitly.com/help", "help.spotify.com", "playstation.com/support",
             "samsung.com/support", "skyscanner.net/help", "booking.com/content/cs.html",
             "aliexpress.com/p/help", "support.xbox.com"]
JARGON = ["goodwill credit", "partial refund", "full refund", "chargeback", "RMA",
          "KYC", "2FA reset", "PNR change", "fee waiver", "voucher", "rebook", "reversal",
          "warm transfer", "callback", "SLA breach", "payout hold", "liveness check",
          "proof of address", "POA", "wallet top-up", "sim swap check", "dispute",
          "price match", "store credit", "replacement unit", "DOA swap", "escalation"]

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
_SPLIT = re.compile(r"[\s\-'\u2019\u02bc\u2018]+")


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def name_words(s: str) -> list[str]:
    return [w for w in _SPLIT.split(fold(s.replace(",", " ").replace(".", " "))) if w]


def ascii_slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s))


def feminise(fam: str) -> str:
    if fam.endswith(("ov", "ev", "in", "yn", "ow", "ew")):
        return fam + "a"
    if fam.endswith(("ý", "y")) and not fam.endswith("zoda"):
        return fam
    return fam


class Gen:
    def __init__(self, rng: random.Random, listed: frozenset):
        self.r = rng
        self.listed = listed
        self.pools = {}
        for cul, (m, f, fam) in NAMES.items():
            ok = lambda w: not any(x in listed for x in name_words(w))  # noqa: E731
            pm = [w for w in m.split() if ok(w)]
            pf = [w for w in f.split() if ok(w)]
            pfam = [w for w in fam.split() if ok(w) and ok(feminise(w))]
            if pm and pf and len(pfam) >= 2:
                self.pools[cul] = (pm, pf, pfam)
        self.cultures = list(self.pools)
        if not self.cultures:
            raise ValueError("every name was listed")

    # -- small utilities
    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def fmt(self, pattern):
        out = []
        for ch in pattern:
            if ch == "#":
                out.append(self.r.choice("0123456789"))
            elif ch == "@":
                out.append(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
            elif ch == "%":
                out.append(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
            else:
                out.append(ch)
        return "".join(out)

    def ok(self, s):
        return not any(x in self.listed for x in name_words(s))

    # -- person
    def person(self, cul=None, gender=None):
        """Return dict with given, family (gendered), culture, gender."""
        r = self.r
        cul = cul if cul in self.pools else r.choice(self.cultures)
        gender = gender or r.choice("mf")
        pm, pf, pfam = self.pools[cul]
        given = r.choice(pm if gender == "m" else pf)
        fam = r.choice(pfam)
        if gender == "f" and cul in RU_STYLE:
            fam = feminise(fam)
        p = {"c": cul, "g": gender, "given": given, "family": fam}
        # multi-part forms
        full = f"{given} {fam}"
        x = r.random()
        if cul in RU_STYLE and cul != "turkmen" and x < 0.15:
            father = r.choice([w for w in pm if w[-1] not in "aeiouy" and "-" not in w] or pm)
            suf = ("ovich" if gender == "m" else "ovna")
            full = f"{given} {father}{suf} {fam}"
        elif cul == "kyrgyz" and x < 0.3:
            father = r.choice(pm)
            full = f"{given} {father} {'uulu' if gender == 'm' else 'kyzy'}"
            p["family"] = f"{father} {'uulu' if gender == 'm' else 'kyzy'}"
        elif cul in HISPANIC_STYLE and x < 0.35:
            fam2 = r.choice([w for w in pfam if w != fam])
            full = f"{given} {fam} {fam2}"
            p["family"] = f"{fam} {fam2}"
        elif cul in ("papiamento", "lingala", "haitian") and x < 0.15:
            g2 = r.choice(pm if gender == "m" else pf)
            if g2 != given:
                full = f"{given} {g2} {fam}"
        p["full"] = full
        if not self.ok(full):  # patronym/uulu may be listed: fall back
            p["full"] = f"{given} {fam}"
            p["family"] = fam
        return p

    def name_parts(self, p=None, form=None):
        r = self.r
        p = p or self.person()
        form = form or r.choice(["full"] * 6 + ["gf", "given", "crm", "famfirst", "initial"])
        if form == "full":
            return [(p["full"], "name")]
        if form == "gf":
            return [(f"{p['given']} {p['family']}", "name")]
        if form == "given":
            return [(p["given"], "name")]
        if form == "crm":
            fam = p["family"]
            style = r.random()
            if style < 0.5:
                s = f"{fam.upper()}, {p['given']}"
            elif style < 0.8:
                s = f"{fam}, {p['given']}"
            else:
                s = f"{fam.upper()}, {p['given'].upper()}"
            return [(s, "name")]
        if form == "famfirst":
            rest = p["full"].split(" ", 1)[1] if " " in p["full"] else p["given"]
            if p["c"] in RU_STYLE and len(p["full"].split()) == 3 and p["c"] != "kyrgyz":
                g, pat, fam = p["full"].split()
                return [(f"{fam} {g} {pat}", "name")]
            if p["c"] == "lingala" and r.random() < 0.5:
                fam2 = r.choice(self.pools["lingala"][2]) if "lingala" in self.pools else p["family"]
                if fam2 != p["family"]:
                    return [(f"{p['family']} {fam2} {p['given']}", "name")]
            return [(f"{p['family']} {p['given']}", "name")]
        if form == "initial":
            return [(f"{p['given']} {p['family'][0]}.", "name")]
        raise ValueError(form)

    def title_name(self, p=None):
        r = self.r
        p = p or self.person()
        if r.random() < 0.15:
            t = "Dr"
        elif p["g"] == "m":
            t = "Mr"
        else:
            t = r.choice(["Ms", "Mrs", "Ms", "Miss"])
        t += r.choice(["", "", "."])
        if r.random() < 0.5:
            return [(t + " ", "o"), (p["family"], "name")]
        return [(t + " ", "o"), (p["full"], "name")]

    # -- contact data
    def email(self, p=None):
        r = self.r
        p = p or self.person()
        g, f = ascii_slug(p["given"]), ascii_slug(p["family"].split()[0])
        dom = r.choice(["gmail.com", "gmail.com", "mail.ru", "yandex.ru", "outlook.com",
                        "yahoo.fr", "hotmail.com", "proton.me", "icloud.com", "bk.ru",
                        "inbox.ru", "list.ru", "yahoo.com", "live.nl", "hotmail.fr",
                        "gmail.com", "tut.by", "outlook.es", "ymail.com"])
        pat = r.choice(["{g}.{f}", "{g}{f}{n2}", "{g0}{f}", "{f}_{g}", "{g}{y4}",
                        "{g}.{f}{n2}", "{f}.{g0}", "{g}_{n3}", "{g}-{f}"])
        local = pat.format(g=g, f=f, g0=g[0], n2=self.d(2), n3=self.d(3),
                           y4=str(r.randint(1970, 2006)))
        return local + "@" + dom

    PHONES = [
        "+7 9## ###-##-##", "8 (9##) ###-##-##", "+79#########", "8 9## ### ## ##",
        "+992 9# ### ####", "(+992) 9## ## ## ##", "+993 6# ##-##-##", "8 6# ######",
        "+996 5## ### ###", "0555 ### ###", "+996 7## ######", "+56 9 #### ####",
        "9 #### ####", "+54 9 294 ###-####", "+54 9 299 ###-####", "+591 7#######",
        "+591 6### ####", "+52 1 55 #### ####", "+52 246 ### ####", "55 #### ####",
        "+502 5### ####", "+502 4###-####", "+504 9###-####", "+504 3### ####",
        "+501 6##-####", "+509 3# ## ####", "+509 4###-####", "+599 9 5## ####",
        "+297 5## ####", "+297 7##-####", "+243 8# ### ####", "08# ### ####",
        "+243 97 ### ####", "+242 06 ### ####", "+265 99# ## ## ##", "+265 88# ### ###",
        "0999 ### ###", "0888 ###-###", "+260 97 ### ####", "0977 ######",
        "+260 96#######", "+90 5## ### ## ##", "+971 5# ### ####", "+1 (305) ###-####",
        "(718) ###-####", "+1 514 ### ####", "+44 7### ######", "07### ### ###",
        "+31 6 ########", "+33 6 ## ## ## ##", "+32 4## ## ## ##", "+34 6## ### ###",
        "00265 99# ### ###", "+260-97-###-####",
    ]

    def phone(self):
        return self.fmt(self.r.choice(self.PHONES))

    def card(self):
        return self.d(4)

    def ident(self, kind=None):
        r = self.r
        kind = kind or r.choice(["order", "booking", "ticket", "acct", "player",
                                 "steam", "mtcn", "rma", "imei", "passport", "txn"])
        pats = {
            "order": ["#########", "WB-#########", "##########", "1##-#######-#######",
                      "MLA#########", "ORD-####-####", "2######", "AE%%%%%%%%"],
            "booking": ["%%%%%%", "%%%%%%", "BK-#######", "#########", "EXP-##########",
                        "T######%%", "HTL########"],
            "ticket": ["@########", "#######", "CS-######", "INC######", "ZD-#####",
                       "########"],
            "acct": ["ACC-######", "########", "U#########", "CUST#######", "###-###-###",
                     "W%%%%%%%%"],
            "player": ["#########", "##########", "5########", "PID-########", "#-########"],
            "steam": ["7656119##########"],
            "mtcn": ["##########", "###-###-####"],
            "rma": ["RMA-####-#####", "RMA#######", "R########", "SR-#########"],
            "imei": ["35#############", "86#############", "35-######-######-#"],
            "passport": ["## ## ######", "@#######", "@@#######", "N#######", "AB#######"],
            "txn": ["TX%%%%%%%%%%", "#############", "P%%%%%%%%%%%", "FT##########"],
        }
        return self.fmt(r.choice(pats[kind]))

    def dob(self):
        r = self.r
        y = r.randint(1948, 2006)
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        mon = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"][m - 1]
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th")
        return r.choice([
            f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {mon[:3]} {y}",
            f"{mon} {dd}, {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}{suf} {mon.lower()} {y % 100:02d}",
            f"{dd:02d}-{m:02d}-{y % 100:02d}", f"{dd}-{mon[:3]}-{y}", f"{m}/{dd}/{y}",
            f"{dd} {mon} {y}", f"{dd}.{m}.{y % 100:02d}",
        ])

    POSTCODES = [
        ("420###", "Kazan"), ("423###", "Naberezhnye Chelny"), ("450###", "Ufa"),
        ("4531##", "Sterlitamak"), ("3640##", "Grozny"), ("7340##", "Dushanbe"),
        ("735700", "Khujand"), ("744000", "Ashgabat"), ("7200##", "Bishkek"),
        ("723500", "Osh"), ("4780000", "Temuco"), ("47#####", "Temuco"),
        ("R8400", "Bariloche"), ("Q8300@@@", "Neuquén"), ("90000", "Tlaxcala"),
        ("72###", "Puebla"), ("12###", "Milpa Alta"), ("09001", "Quetzaltenango"),
        ("31101", "La Ceiba"), ("HT61##", "Port-au-Prince"), ("HT1110", "Cap-Haïtien"),
        ("10101", "Lusaka"), ("50100", "Kitwe"), ("E17 #@@", "London"),
        ("N15 #@@", "London"), ("M14 #@@", "Manchester"), ("H2X 1@#", "Montréal"),
        ("331##", "Miami"), ("112##", "Brooklyn"), ("1102 @@", "Amsterdam"),
        ("3072 @@", "Rotterdam"), ("75018", "Paris"), ("93200", "Saint-Denis"),
        ("1030", "Brussels"), ("34433", "Istanbul"), ("07100", "Antalya"),
        ("28045", "Madrid"), ("1000-###", "Lisbon"), ("10115", "Berlin"),
        ("02125", "Boston"),
    ]

    def postcode(self):
        pat, city = self.r.choice(self.POSTCODES)
        return self.fmt(pat), city

    def address_parts(self):
        """Street address (+ maybe postcode) with city kept as ordinary text."""
        r = self.r
        n = lambda a=1, b=99: str(r.randint(a, b))  # noqa: E731
        opts = [
            (lambda: f"ul. {r.choice(['Baumana', 'Pushkina', 'Dekabristov', 'Chistopolskaya', 'Gvardeyskaya', 'Fatykha Amirkhana', 'Yamasheva'])} {n()}, kv. {n(1, 180)}", "420###", "Kazan"),
            (lambda: f"prospekt {r.choice(['Mira', 'Syuyumbike', 'Khimikov'])} {n()}/{n(1, 9)}", "423###", "Naberezhnye Chelny"),
            (lambda: f"ulitsa {r.choice(['Mustaya Karima', 'Lenina', 'Zaki Validi', 'Kommunisticheskaya'])} {n()}, apt {n(1, 200)}", "450###", "Ufa"),
            (lambda: f"pr-t {r.choice(['Putina', 'Isaeva', 'Kadyrova'])} {n()}, kv {n(1, 90)}", "3640##", "Grozny"),
            (lambda: f"{r.choice(['Rudaki Ave', 'kuchai Rudaki', 'Ismoili Somoni St', 'Bokhtar St'])} {n(1, 140)}, apt {n(1, 90)}", "7340##", "Dushanbe"),
            (lambda: f"Magtymguly şaýoly {n(1, 120)}", "744000", "Ashgabat"),
            (lambda: f"{n(1, 80)} Bitarap Türkmenistan Ave", "744000", "Ashgabat"),
            (lambda: f"ul. {r.choice(['Kievskaya', 'Toktogula', 'Manasa', 'Ibraimova'])} {n(1, 240)}, kv {n(1, 99)}", "7200##", "Bishkek"),
            (lambda: f"mkr Asanbai {n(1, 50)}-{n(1, 99)}", "7200##", "Bishkek"),
            (lambda: f"Av. Alemania {self.d(4)}", "4780000", "Temuco"),
            (lambda: f"pasaje {r.choice(['Los Canelos', 'Los Copihues', 'Lientur'])} {n(100, 999)}", "47#####", "Padre Las Casas"),
            (lambda: f"calle {r.choice(['Mitre', 'Moreno', 'Elflein'])} {n(100, 1999)}", "R8400", "Bariloche"),
            (lambda: f"Av. 6 de Agosto Nro. {self.d(4)}", None, "La Paz"),
            (lambda: f"zona Villa Adela, calle {n(1, 30)} #{n(100, 999)}", None, "El Alto"),
            (lambda: f"Jr. {r.choice(['Lima', 'Deustua', 'Arequipa'])} {n(100, 999)}", None, "Puno"),
            (lambda: f"Av. Juárez {n(1, 999)}, col. Centro", "90000", "Tlaxcala"),
            (lambda: f"calle {r.choice(['Xicohténcatl', '5 de Mayo', 'Reforma'])} #{n()} int. {n(1, 9)}", "72###", "Puebla"),
            (lambda: f"{n(1, 14)}a calle {n(1, 20)}-{n(10, 99)} zona {n(1, 12)}", "09001", "Quetzaltenango"),
            (lambda: f"Barrio La Isla, {n(1, 9)} calle, casa {n(1, 120)}", "31101", "La Ceiba"),
            (lambda: f"{n(1, 99)} Commerce St", None, "Dangriga"),
            (lambda: f"{n(1, 120)}, rue Capois", "HT61##", "Port-au-Prince"),
            (lambda: f"rue {r.choice(['Lamarre', 'Grégoire', 'Panaméricaine'])} #{n()}", "HT61##", "Pétion-Ville"),
            (lambda: f"Kaya {r.choice(['Grandi', 'Kaktus', 'Flamboyan', 'Kanari'])} {n(1, 80)}", None, "Willemstad"),
            (lambda: f"Caya {r.choice(['Betico Croes', 'Frans Figaroa', 'Dakota'])} {n(1, 150)}", None, "Oranjestad"),
            (lambda: f"{n(1, 400)}, avenue Kasa-Vubu, C/ Kalamu", None, "Kinshasa"),
            (lambda: f"av. de la Justice {n(1, 90)}, Gombe", None, "Kinshasa"),
            (lambda: f"Area {n(1, 49)}/{n(1, 6)}/{n(1, 600)}", None, "Lilongwe"),
            (lambda: f"P.O. Box {self.d(4)}", None, "Blantyre"),
            (lambda: f"Plot {self.d(4)}, Kabulonga Rd", "10101", "Lusaka"),
            (lambda: f"{n(1, 99)} Freedom Ave", "50100", "Kitwe"),
            (lambda: f"Flat {n(1, 12)}, {n(1, 300)} Hoe St", "E17 #@@", "London"),
            (lambda: f"{self.d(4)} NW {n(1, 40)}th St, Apt {n(1, 30)}", "331##", "Miami"),
            (lambda: f"{n(100, 999)} Flatbush Ave", "112##", "Brooklyn"),
            (lambda: f"{self.d(4)} rue Saint-Denis, app. {n(1, 20)}", "H2X 1@#", "Montréal"),
            (lambda: f"Bijlmerdreef {n(100, 999)}", "1102 @@", "Amsterdam"),
            (lambda: f"{n(1, 60)} rue Myrha", "75018", "Paris"),
            (lambda: f"rue de Brabant {n(1, 200)}", "1030", "Brussels"),
            (lambda: f"İstiklal Cd. No:{n(1, 300)} D:{n(1, 9)}", "34433", "Istanbul"),
        ]
        fn, pc, city = r.choice(opts)
        addr = fn()
        out = [(addr, "address")]
        style = r.random()
        if pc and style < 0.45:
            out += [(", ", "o"), (city, "o"), (" ", "o"), (self.fmt(pc), "postcode")]
        elif pc and style < 0.6:
            out = [(self.fmt(pc), "postcode"), (", ", "o"), (city, "o"), (", ", "o")] + out
        elif style < 0.85:
            out += [(", ", "o"), (city, "o")]
        return out

    def ip(self):
        r = self.r
        return f"{r.choice([185, 41, 95, 177, 190, 200, 102, 105, 91, 46, 178, 37, 5, 197, 186])}." \
               f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip6(self):
        r = self.r
        pre = r.choice(["2a00:1fa0", "2c0f:f248", "2800:150", "2a02:2168", "2001:1388",
                        "2c0f:fe38", "2806:10ae"])
        groups = [f"{r.randint(0, 65535):x}" for _ in range(r.randint(2, 4))]
        if r.random() < 0.5:
            return pre + ":" + ":".join(groups) + "::" + f"{r.randint(1, 4095):x}"
        return pre + ":" + ":".join(groups + [f"{r.randint(0, 65535):x}" for _ in range(6 - len(groups))])

    def iban(self):
        r = self.r
        spec = r.choice([
            ("NL", lambda: r.choice(["ABNA", "INGB", "RABO", "KNAB", "BUNQ"]) + self.d(10)),
            ("BE", lambda: self.d(12)), ("DE", lambda: self.d(18)),
            ("FR", lambda: self.d(23)), ("TR", lambda: self.d(5) + "0" + self.d(16)),
            ("AE", lambda: self.d(19)), ("GB", lambda: r.choice(["MONZ", "REVO", "BARC", "HBUK"]) + self.d(14)),
            ("ES", lambda: self.d(20)), ("PT", lambda: self.d(21)),
            ("KZ", lambda: self.d(3) + self.fmt("%%%%%%%%%%%%%")),
        ])
        cc, bban_f = spec
        bban = bban_f()
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        ib = f"{cc}{chk:02d}{bban}"
        if r.random() < 0.5:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def gamer_tag(self, p=None):
        r = self.r
        p = p or self.person()
        g = ascii_slug(p["given"]).capitalize()
        f = ascii_slug(p["family"].split()[0]).capitalize()
        pat = r.choice(["{g}_Sniper{n}", "xX{g}Xx", "{g}{f3}{n}", "The{g}", "{gl}.{fl}",
                        "{g}Gamer{n}", "Sir{g}", "{gl}_{fl}{n}", "{G}_{n}", "Lil{g}",
                        "{g}TTV", "{f}{n}", "{gl}{fl}", "Big{f}"])
        return pat.format(g=g, f=f, f3=f[:3], n=self.d(r.choice([2, 2, 3, 4])),
                          gl=g.lower(), fl=f.lower(), G=g.upper())

    def url(self, p=None):
        r = self.r
        p = p or self.person()
        g, f = ascii_slug(p["given"]), ascii_slug(p["family"].split()[0])
        pre = r.choice(["", "", "https://", "https://www.", "www."])
        pat = r.choice([
            f"instagram.com/{g}.{f}", f"facebook.com/{g}.{f}.{self.d(2)}",
            f"vk.com/id{self.d(9)}", f"t.me/{g}_{f}", f"linkedin.com/in/{g}-{f}-{self.fmt('#%%#%')}".lower(),
            f"twitch.tv/{self.gamer_tag(p).lower()}", f"steamcommunity.com/id/{self.gamer_tag(p)}",
            f"tiktok.com/@{g}{f}{self.d(2)}", f"youtube.com/@{g}{f}",
            f"etsy.com/shop/{g.capitalize()}{f.capitalize()}Studio", f"ok.ru/profile/{self.d(12)}",
            f"x.com/{g}_{self.d(3)}",
        ])
        return pre + pat

    # -- ordinary slot values
    def amount(self):
        r = self.r
        pre, suf, dec = r.choice(CURRENCY)
        if dec:
            v = r.choice([r.randint(3, 99), r.randint(3, 99), r.randint(100, 1499)])
        else:
            v = r.choice([r.randint(100, 999), r.randint(1000, 60000)])
        s = f"{v:,}" if v >= 1000 and r.random() < 0.6 else str(v)
        if dec and r.random() < 0.6:
            s += f".{r.randint(0, 99):02d}"
        return pre + s + suf

    def time(self):
        r = self.r
        return r.choice([f"{r.randint(6, 23)}:{r.choice(['00', '15', '30', '45'])}",
                         f"{r.randint(1, 12)}{r.choice(['am', 'pm', ' am', ' pm'])}",
                         f"{r.randint(7, 22)}:{r.randint(0, 59):02d} {r.choice(['CET', 'UTC', 'GMT+3', 'MSK', 'CAT', 'EST', 'local'])}",
                         "noon", "midnight", "end of shift", "lunch"])

    def odate(self):
        r = self.r
        mon = r.choice(["Jan", "Feb", "March", "April", "May", "June", "July", "Aug",
                        "Sept", "Oct", "Nov", "Dec"])
        return r.choice([f"{r.randint(1, 28)} {mon}", f"{mon} {r.randint(1, 28)}",
                         f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}",
                         f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                         r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                   "the weekend", "end of month", "next week"]),
                         f"{r.randint(1, 28)}.{r.randint(1, 12):02d}.2025"])

    def dur(self):
        r = self.r
        return r.choice([f"{r.randint(2, 59)} min", f"{r.randint(2, 59)}min",
                         f"{r.randint(1, 6)} hrs", f"{r.randint(1, 5)} days",
                         f"under {r.randint(2, 20)} minutes", f"{r.randint(1, 3)}h"])


# ---------------------------------------------------------------------------
# Templates. {slot} markers; literal text is "o". A leading "L|" means the
# note is always written entirely in lower case.
# ---------------------------------------------------------------------------
T_PII = [
    "cx {name} from {city} got refund for {game} bundle, order #{order} closed",
    "Customer {title} called re booking {booking} on {airline}, rebooked to {dest} no fee, very happy",
    "{crm} - KYC passed after 2nd selfie, {remit} limit raised. ty {col} from {team}!",
    "L|- caller {name} - acct {acct} - 2fa reset done - cx happy",
    "big thanks to {col} ({team}) for helping w/ {given}'s chargeback on card ending {card}",
    "player {tag} unbanned after appeal, ticket #{ticket}, {game}",
    "@{mention} can u check {name}'s {stream} acct pls, email {email}",
    "seller {name} on {market} finally got payout released to IBAN {iban}",
    "cust called from {phone}, verified DOB {dob}, name on acct {crm}, all sorted",
    "replacement {device} shipped to {address} for {name}, RMA {rma}",
    "{given} was so happy lol said {brand} saved her trip to {dest}",
    "L|mrs {family} from {city} called back twice, refund of {amount} now showing, closed",
    "{famfirst} - passport {passport} matched, KYC cleared in {dur}",
    "login from IP {ip} flagged, turned out cx {name} was on hotel wifi in {dest}, unlocked",
    "Suspicious session from {ip6} on {name}'s acct, T&S confirmed it was her VPN, no action",
    "{name} dob {dob} zip {postcode} verified, refund {amount} issued to card x{card}",
    "L|thx {col} for covering my break, cx {name} didnt even notice the handover",
    "Dr {name} needed invoice for {market} order #{order} for clinic, sent PDF",
    "cx {name} said someone copied her profile {url}, {team} took the fake down in {dur}",
    "MTCN {mtcn} - {name} in {city} collected {amount} from {remit} agent, ty {col}",
    "imei {imei} unblocked for {name}, {device} works again on local sim",
    "customer email {email} had typo, fixed, {stream} receipts arriving now",
    "{name} and her brother {given2} both got {airline} vouchers after the delay",
    "escalated by {col}, solved by {col2}, cx {name} left 5* CSAT",
    "spoke to {name} on {phone} re steam id {steam}, restored {game} items",
    "cx name: {crm} | acct {acct} | ph {phone} | issue: double charge {amount} | outcome: reversed",
    "L|new addr on file: {address} - cx {given} confirmed on call",
    "streamer {tag} ({url}) got partner payout fixed after 3 wks, huge win",
    "{given}'s kid deleted the {game} acct lol, recovered via email {email}",
    "refund to card ending {card} for {name}, booking ref {booking}, {hotel} {dest}",
    "cx {name} (dob {dob}) wanted to close {bank} linked wallet, kept her w/ fee waiver",
    "Caller identified as {title}, postcode {postcode}, changed delivery to pickup point in {city}",
    "{name} ({email}) - will call back tmrw re RMA {rma}",
    "L|merged dupe accts for {name}: {acct} + {acct2}",
    "{name} rebooked to {dest} free of charge after {airline} cancellation",
    "L|@{mention} pls QA my chat w/ {name}, she was lovely and super patient",
    "gave {given} a grace period on her {bank} card bill until {odate}, she was relieved",
    "customer from {city} ({name}) refunded {amount} for {stream} annual plan",
    "user {tag} was reported by {tag2} for scam in {market} chat, {team} cleared {tag}",
    "{famfirst}, {city}, {phone} - sim swap check ok, {remit} transfer released",
    "sent {airline} voucher to {email} for {name} after 9h delay in {dest}",
    "L|cx wanted all 3 parcels redirected to {address}, done b4 cutoff",
    "shout out to {col} & {col2} from {team} for the {jargon} magic today",
    "{title}'s {device} screen replaced under warranty, ticket {ticket}",
    "iban {iban} corrected for payout to {name}, {remit} confirmed",
    "VIP {name} - {booking} - upgraded to suite at {hotel} {dest}",
    "cx gave wrong number {phone}, correct one is {phone2}, updated + sent OTP",
    "L|fb page {url} restored, cx proved ownership w/ id + selfie",
    "dob {dob} didnt match so asked for selfie, {name} sent it in 2 min, verified",
    "order {order} for {name} at {address} delivered after 3 failed tries",
    "phone: {phone} / email: {email} / name: {name} - wants callback {time}",
    "L|tysm {col}!! u saved my shift w/ {given}'s chargeback, owe u coffee",
    "ticket {ticket} - {title} - {team} - resolved FCR",
    "player id {player} ({tag}) got refund for accidental {game} purchase",
    "cx {given} thanked {col} by name in the survey lol",
    "{NAME} called from {country} re {remit} hold, KYC docs uploaded, released",
    "spoke w/ {famfirst} (name order as on passport) re {airline} name correction",
    "\"{given}\" on chat was actually {name}, her mum's acct, verified w/ last 4 {card}",
    "{mr_fam} from {city} wanted to say thanks to {col} for last week",
    "account {acct} belongs to {name}, {email}, {phone} - reinstated after {team} review",
    "cx {name} moved to {address}, updated billing + shipping, {market} order {order} rerouted",
    "Seller {name} from {city} shop on {market}: {url}, verified seller badge granted",
    "L|cust {given} {family} rang from {phone} abt {device} not charging, rma {rma} raised",
    "{name} won the {game} tournament refund dispute, txn {txn} reversed",
    "Transfer {txn} from {name} in {dest} to her sister {given2} in {city} went through",
    "Handed {name} to {col} in {team} b/c she needed {jargon}",
    "{tag} on {game} said {col} was best agent ever lmao",
    "checked IPs {ip} and {ip2} for {name}, both her home ISP in {city}, acct unlocked",
    "postcode {postcode} wrong on {given}'s {market} acct, fixed so courier can find it",
    "L|{name} - dob {dob} - acct {acct} - {stream} family plan owner changed",
    "cx's handle {tag} restored after hack, linked email now {email}",
    "{col}: cx {name} at {address} gets replacement {console} by {odate}",
    "CUSTOMER: {crm_upper}  ISSUE: refund  STATUS: done, {amount} to card **{card}",
    "L|gave {name} partial refund {amount}, order {order}, she said ty so much",
    "{given} from {city} needed help w/ {app}, {col} walked her thru it",
    "Spoke to {name}'s son {given2} (authorised on acct) re {bank} card ending {card}",
    "Booking {booking} - guest {name} - DOB {dob} - passport {passport} - all updated for {airline}",
    "Mr {family} wants receipts for {hotel} to {email} pls",
]

T_PII += [
    "thanks to {col} the {remit} payout for {name} landed, ref {txn}",
    "L|recieved docs from cx {given} {family}, definately her, kyc ok, {dobc}",
    "{name} + {name_b} (couple) both rebooked on {airline}, PNR {booking}",
    "caller {given} said her husband {given2} made the purchase on her card ending {card}",
    "player {name} aka {tag} got {game} ban lifted, {team} confirmed false positive",
    "user {tag} ({email}) locked out after 2fa phone change, restored w/ {dobc}",
    "L|cx {given} called in upset bc {airline} moved her flight to {dest} and she has a wedding so i rebooked her on the earlier one and added a bag for free and she said i was an angel lol",
    "CX {NAME} VERY ANGRY ABOUT {game} BAN, appeal sent to {team}, calmed down after",
    "re: {crm} / {phone} / {pcc}",
    "{col} from {team} fixed the {jargon} for cx {name} in {dur}",
    "used {col}'s macro for {name}'s {stream} refund, worked perfectly",
    "@{mention} fyi {title} is calling back at {time} re order {order}",
    "new {pcc}, street {street} updated for {name}, {market} courier notified",
    "{name_b} called for {name} (power of attorney on file), {bank} card ending {card} replaced",
    "L|{given} {family} {phone} {email} wants refund for {game} pass, done",
    "Guest {crm}, {hotel} {dest}, {dobc}, early check-in granted",
    "cx {name} {dobc} {pcc} - identity confirmed, {remit} account unfrozen",
    "L|spoke to {title} abt {device} rma {rma}, label sent to {email}",
    "Player {given} ({player}) from {city} got {game} rank restored after server rollback",
    "{given} and {name_b} from {team} did amazing on the {brand} outage today",
    "seller {given}'s store link {url} was broken in app, {team} fixed it",
    "customer {name} sent selfie + passport {passport}, {dobc}, approved for {remit} tier 2",
    "Delivered to {address} - cx {name} confirmed receipt of {console}",
    "cx {name} said bank sent {amount} to IBAN {iban} by mistake, recall opened",
    "L|new login ip {ip} for {given}'s {stream} acct, she said it was her daughter {given2} in {dest}",
    "pls update {name}'s number to {phone}, old one {phone2} lost w/ phone",
]

T_O = [
    "{team} cleared the {remit} backlog before {time}, great job everyone",
    "cx from {city} got {amount} refund on {game} bundle after double charge, FCR",
    "rebooked {airline} flight {city} -> {dest} free of charge, cx super happy",
    "L|- {stream} sub restored - promo applied - csat 5/5",
    "escalated to {team}, resolved in {dur}, no chargeback needed",
    "fyi {market} sellers in {country} getting payouts again since {odate}",
    "cx will call back tmrw re {device} rma, pls keep case open",
    "grace period extended to {odate} for {bank} card bill, cx thrilled",
    "L|handled {num} chats in {team} queue, aht {dur}, csat 98%",
    "cust in {region} couldnt top up {app} wallet, fixed by clearing cache lol",
    "{hotel} {dest} overbooked, moved cx to sister property + {amount} goodwill voucher",
    "KYC backlog for {country} cleared by {team} ahead of SLA",
    "{remit} transfer to {city} arrived in {dur}, cx cried happy tears",
    "{device} swap approved under warranty, ships from {city} hub {odate}",
    "ngl best call of the week, cx from {city} bought a {console} for her son and it arrived b4 his bday",
    "{game} servers down in {region} around {time}, told players ETA, no refunds needed",
    "pls note: {team} now owns {brand} refunds over {amount}",
    "cx flying {city} to {dest} via {dest2} on {airline}, missed connection, rebooked same day",
    "Mark as resolved: {stream} billing glitch for {country} users, fixed {odate}",
    "ty {team} for the warm transfer, cx from {city}, {country} very happy",
    "{market} parcel stuck in customs in {city}, released after docs, cx ok",
    "L|cx spoke mostly spanish so looped in {team}, solved in {dur}",
    "refund {amount} approved, lands in 3-5 biz days, cx from {city} fine w/ that",
    "chat w/ gamer from {city}: {game} skins restored after hack, 2fa enabled",
    "{airline} cancelled {city}-{dest}, got cx on {airline2} next morning + hotel covered",
    "buffering on {stream} in {city} was ISP side, cx happy we explained",
    "L|{bank} card declined on {travel}, fixed mcc block, cx booked {hotel} in {dest}",
    "rose gold {device} out of stock, offered black, cx accepted + free case",
    "{team} -> {team2} handoff smooth today, zero DSAT",
    "cx in {city} asked if {remit} works to {country}, yes! first transfer done",
    "Won back a churn: {stream} annual plan w/ 3 months free, cx in {region}",
    "{console} controller drift, RMA approved, cx from {city} says thx",
    "L|cx paid the bill twice via {app}, reversed in {dur}",
    "{travel} price drop alert saved cx {amount} on {dest} trip",
    "sim swap scare was a false alarm, {bank} acct safe, cx from {city} relieved",
    "queue for {team} at {num} waiting around {time}, all cleared by lunch",
    "L|{game} tournament entry refund for whole squad from {city}",
    "CSAT 5/5 on a {team} case, cx on holiday in {dest}",
    "tmrw {time} {team} huddle re {brand} chargebacks, pls join",
    "{app} OTP not arriving in {country}, worked after switching to voice OTP",
    "customer from {city} wanted invoice in English for {market} order, sent",
    "L|cx from {city} thanked us for our patience lol, usually other way round",
    "{jargon} done for {brand} cx in {region}, {team} signed off",
    "Customer in {city} got {device} delivered {odate} instead of {odate2}, no complaints",
    "gave {amount} store credit on {market}, cx from {country} will shop again",
    "First contact resolution on a {remit} payout to {city}, {dur} total",
    "L|{airline} baggage delayed in {dest}, pir filed, cx got {amount} interim expenses",
    "Explained {stream} price change in {country}, cx kept plan",
    "{game} gift card code reissued, cx from {region} playing again in {dur}",
    "Flagged to {team}: {bank} cards failing on {app} in {city} since {time}",
    "cx from {city} on {hotel} loyalty, points merged, upgraded tier",
    "L|will keep an eye on the {brand} queue tonight, {team} short staffed",
    "{device} firmware update fixed bluetooth, cx in {city} amazed",
    "Bill Pay on {app} working again in {country}, confirmed w/ 3 cx",
    "Passed {team} QA audit 96% thanks to everyone on {team2}",
]

T_O += [
    "pointed cx to {helpurl} for the {stream} plan change, done in {dur}",
    "L|ty {team} folks, {brand} outage handled like pros",
    "Customer from {city} called about {game} chargeback; explained policy, she accepted a {jargon}",
    "L|cx from {city} asked abt the bill, explained vat, all good",
    "{airline} flight TK {num} {city}-{dest} delayed {dur}, meal vouchers sorted",
    "{hotel} {dest} had room ready early for cx, check-in {time}",
    "sent {helpurl} link to cx in {country}, tracking now shows in transit",
    "L|cx in {region} asked if {console} works w/ {stream}, yes, sold one",
    "Busy Monday in {team}: {num} tickets, mostly {brand} refunds from {country}",
    "Agent of the week goes to the whole {team} crew, {jargon} backlog at zero",
]

T_AMBIG = [
    "seller shop \"{shop}\" on {market} reinstated after {team} review, payouts flowing",
    "cx stayed at {lodge} near {city}, refund for unused night approved",
]


class Builder:
    def __init__(self, gen: Gen):
        self.g = gen
        self.r = gen.r

    def slot(self, name, ctx):
        g, r = self.g, self.r
        P = ctx.setdefault("p", g.person())
        if name == "name":
            return g.name_parts(P, r.choice(["full"] * 5 + ["gf", "initial"]))
        if name == "NAME":
            return [(P["full"].upper() if r.random() < 0.5 else P["full"], "name")]
        if name == "given":
            return [(P["given"], "name")]
        if name == "family":
            return [(P["family"], "name")]
        if name == "given2":
            p2 = g.person(cul=P["c"] if r.random() < 0.7 else None,
                          gender=ctx.get("g2") or r.choice("mf"))
            return [(p2["given"], "name")]
        if name == "name_b":
            pb = ctx.setdefault("pb", g.person())
            return g.name_parts(pb, r.choice(["full", "full", "gf", "given"]))
        if name == "dobc":
            cue = r.choice(["DOB ", "dob ", "DOB: ", "d.o.b. ", "date of birth ", "born ",
                            "birthday ", "DoB ", "b-day ", "dob=", "D.O.B ", "birth date "])
            return [(cue, "o"), (g.dob(), "dob")]
        if name == "pcc":
            pc, city = g.postcode()
            cue = r.choice(["postcode ", "zip ", "post code ", "postal code ", "ZIP ",
                            "CP ", "index ", "zip code ", "PLZ ", "code postal "])
            out = [(cue, "o"), (pc, "postcode")]
            if r.random() < 0.4:
                out.append((f" ({city})", "o"))
            return out
        if name == "helpurl":
            return [(r.choice(HELP_URLS), "o")]
        if name == "crm":
            return g.name_parts(P, "crm")
        if name == "crm_upper":
            return [(f"{P['family'].upper()}, {P['given'].upper()}", "name")]
        if name == "famfirst":
            return g.name_parts(P, "famfirst")
        if name == "title":
            return g.title_name(P)
        if name == "mr_fam":
            t = ("Mr" if P["g"] == "m" else r.choice(["Mrs", "Ms"])) + r.choice(["", "."])
            return [(t + " ", "o"), (P["family"], "name")]
        if name in ("col", "col2"):
            c = ctx.setdefault(name + "_p", g.person())
            form = r.random()
            if form < 0.6:
                return [(c["given"], "name")]
            if form < 0.85:
                return [(f"{c['given']} {c['family'][0]}.", "name")]
            return [(f"{c['given']} {c['family']}", "name")]
        if name == "mention":
            c = g.person()
            v = r.choice([c["given"], c["given"].lower(),
                          ascii_slug(c["given"]) + "." + ascii_slug(c["family"].split()[0])])
            return [(v, "name")]
        if name in ("tag", "tag2"):
            p = P if name == "tag" and r.random() < 0.5 else g.person()
            if name == "tag":
                if "tag_v" not in ctx:
                    ctx["tag_v"] = g.gamer_tag(p)
                    return [(ctx["tag_v"], "id")]
                return [(ctx["tag_v"], "id")]
            return [(g.gamer_tag(p), "id")]
        if name == "email":
            return [(g.email(P), "email")]
        if name in ("phone", "phone2"):
            return [(g.phone(), "phone")]
        if name == "card":
            return [(g.card(), "card")]
        if name in ("order", "booking", "ticket", "acct", "acct2", "player", "steam",
                    "mtcn", "rma", "imei", "passport", "txn"):
            k = {"acct2": "acct"}.get(name, name)
            return [(g.ident(k), "id")]
        if name == "dob":
            return [(g.dob(), "dob")]
        if name == "postcode":
            return [(g.postcode()[0], "postcode")]
        if name == "address":
            return g.address_parts()
        if name == "street":
            return [p for p in g.address_parts() if p[1] == "address"]
        if name in ("ip", "ip2"):
            return [(g.ip() if r.random() < 0.85 else g.ip6(), "ip")]
        if name == "ip6":
            return [(g.ip6(), "ip")]
        if name == "iban":
            return [(g.iban(), "iban")]
        if name == "url":
            return [(g.url(P), "url")]
        if name == "shop":
            return [(r.choice([f"{P['given']} Crafts", f"{P['given']}'s Corner",
                               f"Casa {P['family'].split()[0]}"]), "~")]
        if name == "lodge":
            return [("Hostal " + P["family"].split()[0], "~")]
        # ordinary
        simple = {
            "city": lambda: r.choice(HOME_CITIES)[0], "country": lambda: r.choice(COUNTRIES),
            "region": lambda: r.choice(REGIONS), "dest": lambda: r.choice(DESTS),
            "dest2": lambda: r.choice(DESTS), "team": lambda: r.choice(TEAMS),
            "team2": lambda: r.choice(TEAMS), "brand": lambda: r.choice(ALL_BRANDS),
            "game": lambda: r.choice(GAMES), "console": lambda: r.choice(CONSOLES),
            "device": lambda: r.choice(DEVICES), "airline": lambda: r.choice(AIRLINES),
            "airline2": lambda: r.choice(AIRLINES), "hotel": lambda: r.choice(HOTELS),
            "bank": lambda: r.choice(BANKS), "remit": lambda: r.choice(REMIT),
            "market": lambda: r.choice(MARKETS), "stream": lambda: r.choice(STREAMS),
            "app": lambda: r.choice(APPS), "travel": lambda: r.choice(TRAVEL),
            "amount": g.amount, "time": g.time, "odate": g.odate, "odate2": g.odate,
            "dur": g.dur, "num": lambda: str(r.randint(3, 140)),
            "jargon": lambda: r.choice(JARGON),
        }
        if name in simple:
            return [(simple[name](), "o")]
        raise KeyError(name)

    def build(self, tmpl):
        force_lower = tmpl.startswith("L|")
        if force_lower:
            tmpl = tmpl[2:]
        parts = []
        ctx = {}
        if re.search(r"\b(her|she)\b", tmpl, re.I):
            ctx["p"] = self.g.person(gender="f")
        elif re.search(r"\b(his|he|him)\b", tmpl, re.I):
            ctx["p"] = self.g.person(gender="m")
        prev = ""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", tmpl)):
            if i % 2 == 0:
                if piece:
                    parts.append((piece, "o"))
                prev = piece
            else:
                m = re.search(r"(brother|son|husband|dad|father|sister|daughter|wife|mum|mother)\W*$", prev)
                if m:
                    ctx["g2"] = "m" if m.group(1) in ("brother", "son", "husband", "dad", "father") else "f"
                parts.extend(self.slot(piece, ctx))
        if force_lower or self.r.random() < 0.2:
            parts = [(t.lower(), l) for t, l in parts]
        # join "Given" + " " + "Family" written as two slots into one name span
        joined = []
        for t, l in parts:
            if (l == "name" and len(joined) >= 2 and joined[-1] == (" ", "o")
                    and joined[-2][1] == "name"):
                joined.pop()
                joined[-1] = (joined[-1][0] + " " + t, "name")
            else:
                joined.append((t, l))
        parts = joined
        # merge adjacent same-label "o" parts
        merged = []
        for t, l in parts:
            if not t:
                continue
            if merged and merged[-1][1] == l == "o":
                merged[-1] = (merged[-1][0] + t, "o")
            else:
                merged.append((t, l))
        return merged


def templates():
    return T_PII + T_O + T_AMBIG


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(fold(w) for w in listed)
    rng = random.Random(SEED)
    gen = Gen(rng, listed)
    b = Builder(gen)
    allt = templates()
    notes = []
    # every template at least once, then weighted random fill
    for t in allt:
        notes.append(b.build(t))
    while len(notes) < N_NOTES:
        x = rng.random()
        if x < 0.40:
            t = rng.choice(T_O)
        elif x < 0.41:
            t = rng.choice(T_AMBIG)
        else:
            t = rng.choice(T_PII)
        notes.append(b.build(t))
    return notes


if __name__ == "__main__":
    from collections import Counter

    def report(listed):
        notes = blind_notes(listed)
        again = blind_notes(listed)
        assert notes == again, "not deterministic"
        lab = Counter()
        lower = nopii = 0
        for n in notes:
            assert isinstance(n, list) and n
            for t, l in n:
                assert isinstance(t, str) and t, (n, t)
                assert l in LABELS, l
                lab[l] += 1
            text = "".join(t for t, _ in n)
            assert "\n" not in text
            if text == text.lower():
                lower += 1
            if all(l in ("o", "~") for _, l in n) and not any(l == "~" for _, l in n):
                nopii += 1
            for t, l in n:
                if l == "name":
                    assert not any(w in listed for w in name_words(t)), t
        print(f"notes={len(notes)} lower_share={lower / len(notes):.3f} "
              f"no_pii_share={nopii / len(notes):.3f} templates={len(templates())}")
        print("labels:", dict(sorted(lab.items())))
        return notes

    report(frozenset())
    made_up = frozenset(fold(w) for w in """ilnaz gulnara salavat zarema firuz tahmina
        serdar aynur almazbek aizada nahuel millaray wayra mamani cuauhtemoc citlali
        ixchel tzoc aurelio arzu wisly mirlande shurendy martina fiston elikia chikondi
        banda mulenga chanda bwalya galimov quispe""".split())
    report(made_up)
