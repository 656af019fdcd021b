"""Name pools per naming culture. G[culture] = dict(m=[...], f=[...], fam=[...], ...)."""
G = {}


def _s(text):
    return [w for w in text.split("|") if w.strip()]


G["turkish"] = dict(
    m=_s("Mehmet|Mustafa|Ahmet|Hüseyin|Hasan|İbrahim|Murat|Emre|Serkan|Burak|Oğuzhan|Tolga|Çağlar|Kaan|Onur|Ufuk|Barış|Umut|Deniz|Erdem|Volkan|Gökhan|Cem|Selçuk|Yiğit|Alper|Halil|Recep|Erkan|Sinan|Tuncay|Koray|Berk|Doğukan|Furkan|Şükrü|Kadir|Bülent|Levent|Taner"),
    f=_s("Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Merve|Büşra|Esra|Özlem|Gülşen|Sibel|Tuğba|Ebru|Derya|Pınar|Şule|Aslı|Gizem|Nur|Ceren|Damla|Selin|Dilek|Hülya|Songül|Yıldız|Bahar|Ezgi|Melike|Sevgi|Nurcan|Gülay|İrem|Çiğdem|Başak|Ece|Kübra"),
    fam=_s("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Erdoğan|Güneş|Aksoy|Taşkın|Karaca|Uçar|Bozkurt|Türkmen|Ekinci|Güler|Kalkan|Sarıkaya|Tekin|Ünal|Akbulut|Gündoğdu|Erbaş|Köse"),
)

G["kurdish"] = dict(
    m=_s("Azad|Baran|Serhat|Rêbîn|Rebin|Şivan|Sivan|Welat|Dilovan|Zana|Rizgar|Hejar|Berzan|Hogir|Kawa|Diyar|Mazlum|Ciwan|Rojhat|Agit|Delil|Hêmin|Karwan|Soran|Shwan|Aram|Sherko|Bahoz|Heval|Zagros|Serbest|Bawer"),
    f=_s("Berfin|Rojin|Dilan|Zozan|Hêlîn|Helin|Jiyan|Rûken|Ruken|Newroz|Rojda|Bêrîvan|Berivan|Gulistan|Avesta|Hevin|Nazdar|Shilan|Viyan|Delal|Sozdar|Rezan|Medya|Evîn|Zilan|Nesrin|Bêritan|Asmin|Hana|Kajal|Shno|Rojbîn"),
    fam=_s("Amedi|Zaxoyî|Bozarslan|Dersimi|Barwari|Hawrami|Mukriyani|Baban|Jaf|Doski|Goyî|Botan|Heciyê|Ronahî|Rêzan|Kurdo|Berwari|Shexani|Sindi|Xoşnaw|Khoshnaw|Hakkari|Soranî|Piroţ|Dêrşewî|Zebarî|Mirzo|Qazi|Silêmanî|Ertoşî|Shingali|Oramarî"),
)

G["persian"] = dict(
    m=_s("Mohammad|Mohammad-Reza|Mohammadreza|Ali-Reza|Alireza|Hossein|Hosein|Mehdi|Mahdi|Amir|Amirhossein|Reza|Saeed|Saeid|Hamid|Majid|Behnam|Behrouz|Farhad|Kourosh|Kurosh|Arash|Babak|Omid|Payam|Siavash|Kaveh|Shahram|Dariush|Pouya|Parsa|Ehsan|Milad|Mojtaba|Vahid|Peyman|Navid|Ramin"),
    f=_s("Zahra|Fatemeh|Fatima|Maryam|Mariam|Narges|Nasrin|Shirin|Parisa|Parastoo|Leila|Leyla|Mahsa|Sara|Elham|Azadeh|Shiva|Roya|Golnaz|Mahnaz|Mina|Niloufar|Niloofar|Samaneh|Somayeh|Fereshteh|Bahareh|Negar|Setareh|Yasaman|Ziba|Soheila|Sepideh|Tarane|Atefeh|Haleh"),
    fam=_s("Hosseini|Hoseini|Ahmadi|Mohammadi|Rezaei|Rezaee|Moradi|Karimi|Jafari|Ja'fari|Rahimi|Sadeghi|Hashemi|Mousavi|Musavi|Ghorbani|Ghasemi|Qasemi|Kazemi|Heidari|Haydari|Salehi|Asadi|Bagheri|Baqeri|Tehrani|Shirazi|Esfahani|Yazdani|Kermani|Nouri|Akbari|Farahani|Zamani|Ebrahimi|Mirzaei|Azizi|Jalali|Tavakoli|Khosravi|Pourmand|Sharifi"),
)

G["hebrew"] = dict(
    m=_s("Yossi|Yosef|Moshe|Avi|Avraham|Itzik|Yitzhak|Eyal|Oren|Ofer|Amit|Noam|Itai|Itay|Omer|Tomer|Guy|Yoav|Eitan|Ariel|Nadav|Ronen|Shai|Shay|Gilad|Erez|Boaz|Yuval|Tal|Gal|Or|Lior|Elad|Asaf|Assaf|Dror|Nir|Shlomi|Tzachi|Yair|Idan|Roee"),
    f=_s("Noa|Tamar|Michal|Shira|Yael|Maya|Hila|Inbal|Keren|Sivan|Limor|Orit|Efrat|Adi|Hadar|Liat|Merav|Dana|Galit|Tali|Shani|Ravit|Moran|Osnat|Anat|Yarden|Rotem|Neta|Netta|Hagit|Chen|Shir|Mor|Ayelet|Sigal|Dikla|Tzipi|Batya"),
    fam=_s("Cohen|Kohen|Levi|Levy|Mizrahi|Peretz|Biton|Dahan|Avraham|Friedman|Agmon|Azoulay|Ben-David|Ben David|Katz|Malka|Ohayon|Shapira|Shapiro|Amsalem|Gabay|Gabbai|Hadad|Ashkenazi|Yosef|Elbaz|Ben-Haim|Tzur|Zur|Segal|Golan|Shalom|Navon|Alon|Sasson|Vaknin|Edri|Bar-Lev|Ben-Ami|Harel|Sharabi|Ben Shimol"),
)

G["ru_israeli"] = dict(
    m=_s("Dmitri|Dmitry|Dima|Sergei|Sergey|Alexander|Sasha|Vladimir|Volodya|Mikhail|Misha|Evgeny|Yevgeny|Zhenya|Igor|Oleg|Boris|Leonid|Lyonya|Arkady|Grigory|Grisha|Pavel|Pasha|Yuri|Yura|Konstantin|Kostya|Vadim|Anatoly|Tolik|Roman|Stanislav|Slava|Andrei|Maxim|Ilya|Semyon|Yakov|Felix|Eduard|Vitaly"),
    f=_s("Yelena|Elena|Lena|Olga|Olya|Irina|Ira|Svetlana|Sveta|Natalia|Natasha|Tatiana|Tanya|Yevgenia|Evgenia|Zhenya|Marina|Larisa|Lyudmila|Luda|Galina|Galya|Inna|Alla|Yulia|Julia|Anastasia|Nastya|Ekaterina|Katya|Valentina|Valya|Polina|Alina|Rita|Zhanna|Faina|Sofia|Raisa|Vera"),
    fam=_s("Rabinovich|Rabinovitch|Katz|Gurevich|Goldberg|Kaplan|Feldman|Shteinberg|Steinberg|Zilberman|Vinokur|Lerner|Gershman|Kogan|Kagan|Shapiro|Rozenblum|Rosenblum|Zeltser|Pinchuk|Berkovich|Abramov|Grinberg|Levin|Lyubarsky|Margulis|Tsukerman|Zuckerman|Polyakov|Shvarts|Schwartz|Fainberg|Gorelik|Dubinsky|Krasnov|Sokolovsky|Livshits|Frenkel|Rubinshtein"),
    pat=_s("Aleksandrovich|Mikhailovich|Borisovich|Grigorievich|Leonidovich|Yakovlevich|Semyonovich|Isaakovich"),
    fpat=_s("Aleksandrovna|Mikhailovna|Borisovna|Grigorievna|Leonidovna|Yakovlevna|Semyonovna|Isaakovna"),
)

G["kazakh"] = dict(
    m=_s("Nurlan|Nursultan|Yerlan|Erlan|Askar|Asqar|Bauyrzhan|Baurzhan|Dauren|Daulet|Yerzhan|Erzhan|Aidos|Aibek|Arman|Ruslan|Timur|Temirlan|Zhanibek|Janibek|Serik|Berik|Marat|Kanat|Qanat|Almas|Azamat|Nurbol|Yerbol|Erbol|Daniyar|Aslan|Miras|Bekzat|Sanzhar|Alikhan|Olzhas|Yesset|Madi|Ayan"),
    f=_s("Aigerim|Aygerim|Aliya|Aliia|Dinara|Gulnara|Gulnar|Saule|Sauley|Aizhan|Ayzhan|Zhanar|Janar|Madina|Ainur|Aynur|Assel|Asel|Dana|Kamila|Gaukhar|Gauhar|Akbota|Aruzhan|Togzhan|Dariga|Karlygash|Botagoz|Zhuldyz|Moldir|Meruyert|Nazgul|Zarina|Symbat|Balzhan|Raushan|Ardak"),
    fam=_s("Nurlanov|Abenov|Seitkali|Tokayev|Zhaksylykov|Baimukhamedov|Sarsenbayev|Kenzhebekov|Zhumabekov|Akhmetov|Iskakov|Suleimenov|Nurmagambetov|Omarov|Yessenov|Esenov|Kassymov|Kasymov|Tulegenov|Bekmukhambetov|Dzhaksybekov|Utepov|Sadykov|Ibraimov|Mukhametzhanov|Kuanyshev|Abdrakhmanov|Temirkhanov|Zhanuzakov|Orazbayev|Smagulov|Tursynbekov|Amanzholov|Bekturov|Yerzhanov"),
    pat=_s("Nurlanovich|Serikovich|Maratovich|Kanatovich|Askarovich|Bolatovich|Nurlanuly|Serikuly|Maratuly"),
    fpat=_s("Nurlanovna|Serikovna|Maratovna|Kanatovna|Askarovna|Bolatovna|Nurlankyzy|Serikkyzy|Maratkyzy"),
)

G["uzbek"] = dict(
    m=_s("Jasur|Javlon|Javohir|Sardor|Sherzod|Bekzod|Otabek|Ulug'bek|Ulugbek|Shoxrux|Shohruh|Dilshod|Farrux|Farrukh|Bobur|Botir|Anvar|Rustam|Jamshid|Nodir|Akmal|Azizbek|Doston|Islom|Islam|Sanjar|Zafar|Alisher|Oybek|Aybek|Ravshan|Xurshid|Khurshid|Mirzo|Temur|Abdulaziz|Shavkat|Ilhom"),
    f=_s("Dilnoza|Gulnoza|Nodira|Malika|Madina|Shahnoza|Shaxnoza|Zarina|Feruza|Nilufar|Nilufar|Mohira|Moxira|Sevara|Dildora|Gulchehra|Guli|Kamola|Lola|Munisa|Nigora|Ozoda|Sabina|Sitora|Umida|Yulduz|Zulfiya|Barno|Charos|Dilfuza|Durdona|Xurshida|Iroda|Maftuna|Mohinur|Nozima|Shahlo"),
    fam=_s("Karimov|Yusupov|Yusupova|Rakhimov|Rahimov|Tursunov|Abdullayev|Abdullaev|Ismoilov|Ismailov|Nazarov|Mirzayev|Mirzaev|Xolmatov|Kholmatov|Sobirov|Sabirov|Qodirov|Kadyrov|Ergashev|Ahmedov|Toshmatov|Tashmatov|Normatov|Jo'rayev|Juraev|Umarov|Saidov|Aliqulov|Haydarov|Mamatqulov|Raxmonov|Usmonov|Xasanov|Hasanov|Baxtiyorov|Eshonqulov|Sharipov"),
)

G["kyrgyz"] = dict(
    m=_s("Aibek|Aybek|Bakyt|Bakytbek|Nurbek|Azamat|Almaz|Adilet|Emil|Kubanychbek|Kubat|Talant|Tilek|Urmat|Ulan|Chyngyz|Chingiz|Marat|Mirlan|Nurlan|Bektur|Daniyar|Eldiyar|Ermek|Kanybek|Ruslan|Sultan|Temirlan|Zhyrgalbek|Jyrgal|Nursultan|Asylbek|Beksultan|Eldos|Aktilek"),
    f=_s("Aizada|Aijan|Aizhan|Ainura|Aida|Aisuluu|Altynai|Asel|Begimai|Cholpon|Chynara|Dinara|Elnura|Gulmira|Gulzat|Jyldyz|Zhyldyz|Kanykei|Kyial|Mairam|Meerim|Nazira|Nurzada|Saltanat|Tolgonai|Tynara|Umut|Asema|Zamira|Zhanyl|Jazgul|Aiperi|Baktygul|Nargiza"),
    fam=_s("Asanov|Toktogulov|Sadyrov|Zhaparov|Japarov|Abdyldaev|Mambetov|Osmonov|Bakirov|Sultanbekov|Toktosunov|Beishenaliev|Kurmanbekov|Dzhumabaev|Jumabaev|Akmatov|Sydykov|Isakov|Alymkulov|Mamytov|Tashiev|Kadyrbekov|Usenov|Shamshiev|Satybaldiev|Duishenbiev|Ermekov|Kenzhebaev|Bolotbekov|Ryskulov|Cholponbaev|Atambaev"),
    pat=_s("Bakyt uulu|Asan uulu|Nurlan uulu|Talant uulu|Marat uulu|Almaz uulu"),
    fpat=_s("Bakyt kyzy|Asan kyzy|Nurlan kyzy|Talant kyzy|Marat kyzy|Almaz kyzy"),
)

G["tajik"] = dict(
    m=_s("Firuz|Farrukh|Faridun|Rustam|Suhrob|Sohrab|Daler|Dilovar|Bahrom|Behruz|Shahriyor|Siyovush|Jamshed|Khurshed|Khurshedjon|Parviz|Umed|Umedjon|Manuchehr|Mansur|Nekruz|Sino|Shodmon|Zafar|Abdullo|Ismoil|Komron|Firdavs|Davlat|Anvar|Sherali|Muhammad|Azizullo|Bakhtiyor|Khusrav"),
    f=_s("Nigina|Nigora|Malika|Madina|Mehrangez|Farangis|Gulnora|Tahmina|Zarina|Manizha|Manija|Shahnoza|Dilnoza|Sitora|Parvina|Munira|Nilufar|Sabohat|Zulaikho|Mohinav|Firuza|Gulbahor|Nodira|Sarvinoz|Tojinisso|Khursheda|Rukhshona|Muattar|Zebo|Gulchehra|Shabnam|Mavjuda|Oisha"),
    fam=_s("Rahmonov|Rakhmonov|Rahmon|Rahmonzoda|Saidov|Saidzoda|Nazarov|Nazarzoda|Karimov|Karimzoda|Sharipov|Sharifzoda|Qodirov|Kodirov|Mirzoev|Mirzozoda|Davlatov|Davlatzoda|Khudoyorov|Safarov|Safarzoda|Boboev|Bobozoda|Nurmatov|Kholov|Holov|Sattorov|Ismoilzoda|Rajabov|Rajabzoda|Odinaev|Yusufi|Faizulloev|Hakimov|Jurayev|Abdulloev"),
)

G["turkmen"] = dict(
    m=_s("Merdan|Myrat|Murat|Serdar|Döwlet|Dovlet|Batyr|Maksat|Rustam|Berdi|Berdimyrat|Bayram|Annamyrat|Guwanç|Guvanch|Kerim|Mekan|Orazmyrat|Perhat|Parahat|Rowşen|Rovshen|Şatlyk|Shatlyk|Täçmyrat|Atajan|Ýagmyr|Yagmyr|Nurmuhammet|Begenç|Begench|Arslan|Mämmet|Mammet|Ata|Meretgeldi|Kakajan"),
    f=_s("Ogulgerek|Ogulsona|Aýna|Ayna|Jeren|Gülnar|Gulnar|Maral|Aýgül|Aygul|Bahar|Ýazgül|Yazgul|Selbi|Nabat|Läle|Lale|Jemal|Mähri|Mahri|Enejan|Ogulbeg|Dursun|Sona|Bägül|Aýnabat|Gözel|Gozel|Mährijemal|Leýli|Leyli|Ogulnur|Tawus|Gunça|Merjen|Ejegyz"),
    fam=_s("Orazow|Orazov|Annaýew|Annayev|Berdiýew|Berdiyev|Atabaýew|Atabayev|Durdyýew|Durdyev|Gurbanow|Gurbanov|Hojamyradow|Hojamuradov|Meredow|Meredov|Nurmuhammedow|Çaryýew|Charyev|Ataýew|Atayev|Garajaýew|Amanow|Amanov|Baýramow|Bayramov|Saparow|Saparov|Hudaýberdiýew|Muhammedow|Ýazmyradow|Kakaýew|Kakayev|Öwezow|Ovezov|Şirmedow"),
)

G["mongolian"] = dict(
    m=_s("Bat-Erdene|Batbayar|Batbold|Ganbold|Ganbaatar|Gantulga|Enkhbayar|Enkhbold|Erdenebat|Munkhbat|Temuulen|Temuujin|Tsogtbaatar|Sukhbaatar|Bilguun|Khuslen|Tuvshinbayar|Anar|Amarsaikhan|Otgonbayar|Baatarkhuu|Dorjsuren|Naranbaatar|Chinbat|Ulziibayar|Purevdorj|Zorigt|Bayarsaikhan|Nyamdorj|Altangerel|Ochirbat|Gerelt-Od|Sodbileg|Khongor"),
    f=_s("Enkhjargal|Oyuntsetseg|Oyunchimeg|Sarangerel|Saruul|Tsetsegmaa|Altantsetseg|Bolormaa|Nomin|Nominzul|Narantsetseg|Ariunaa|Anu|Urantsetseg|Solongo|Gerelmaa|Bayarmaa|Munkhzul|Khulan|Delgermaa|Odgerel|Uyanga|Tsolmon|Enkhtuya|Zolzaya|Mönkhtsetseg|Oyunbileg|Batchimeg|Unurjargal|Nandin-Erdene|Maralmaa|Sarnai|Egshiglen|Tuul"),
    fam=_s("Batbayaryn|Ganboldyn|Dorjiin|Tseveeniin|Enkhbayaryn|Gombosürengiin|Gombosurengiin|Bat-Ochiryn|Naidangiin|Luvsandorjiin|Tsendiin|Sükhbaataryn|Sukhbaataryn|Purevjavyn|Baatarkhuugiin|Otgonbayaryn|Damdinsürengiin|Chuluuny|Erdenebatyn|Munkhbatyn|Jargalsaikhany|Nyamdorjiin|Ochirbatyn|Altangereliin|Zorigtyn|Bayarsaikhany|Tumurbaataryn|Davaagiin|Sanjaagiin|Lkhagvasürengiin|Lkhagvasurengiin|Tsogtyn"),
    clan=_s("Borjigin|Khiad|Uriankhai|Tsoros|Besud|Jalair|Khongirad|Sartuul"),
)

G["pashto"] = dict(
    m=_s("Ahmad|Ahmed|Khan|Gul|Gulbuddin|Rahmatullah|Hamidullah|Naqibullah|Najibullah|Zabihullah|Sami|Samiullah|Asadullah|Wahidullah|Shahzad|Mirwais|Ajmal|Yousuf|Zalmai|Zalmay|Hekmat|Noorullah|Nurullah|Ismail|Jawed|Javed|Habib|Rahim|Shafiq|Faridoon|Bilal|Qais|Qayyum|Wali|Sardar|Baryalai|Lutfullah|Sayed"),
    f=_s("Malalai|Zarghuna|Zarghona|Palwasha|Nazaneen|Nazanin|Gulalai|Shabana|Pashtana|Spogmai|Mina|Zarmina|Khatera|Farzana|Hasina|Nasima|Roshana|Sadaf|Storai|Sapna|Lailuma|Marwa|Wagma|Zuhal|Benazir|Gulpari|Shugufa|Nargis|Sharifa|Mursal|Arzo|Bibi Gul|Zainab|Shakila"),
    fam=_s("Popalzai|Ahmadzai|Ahmadzay|Durrani|Barakzai|Achakzai|Alokozai|Noorzai|Nurzai|Mohmand|Afridi|Shinwari|Yousafzai|Sherzad|Sherzai|Safi|Wardak|Zadran|Mangal|Khattak|Kakar|Hotak|Stanikzai|Mujaddidi|Niazi|Ghilzai|Jalalzai|Sultanzai|Momand|Khogyani|Andar|Tarakai|Ludin|Samadi"),
)

G["dari_hazara"] = dict(
    m=_s("Ali|Hussain|Hussein|Hassan|Mohammad Ali|Ghulam|Ghulam Sakhi|Sakhi|Abdul Qadir|Qadir|Jawad|Mahdi|Murtaza|Mortaza|Reza|Sajjad|Abbas|Sultan Ali|Karim|Nabi|Sharif|Farhad|Farid|Zaher|Zahir|Hamid|Basir|Basheer|Naser|Nasir|Ehsanullah|Latif|Aziz|Khadim|Hakim|Qasim|Yaqub"),
    f=_s("Fatima|Zahra|Masooma|Masuma|Zakia|Shakiba|Sima|Roya|Soraya|Freshta|Fereshta|Mahbooba|Mahbouba|Parwana|Parvana|Shukria|Nadia|Nilofar|Tahmina|Homa|Gulsoom|Kubra|Zarifa|Latifa|Hamida|Sediqa|Maryam|Aziza|Safia|Najiba|Mursal|Shukufa|Laila|Tamana|Hadisa"),
    fam=_s("Hussaini|Husseini|Mohammadi|Rezaie|Rezai|Jafari|Sultani|Rahimi|Karimi|Haidari|Sharifi|Ahmadi|Nazari|Sadat|Yaqubi|Hazara|Changezi|Sarwari|Danish|Bamyani|Behsudi|Jaghori|Naseri|Qurbani|Rasuli|Rasooli|Sakhizada|Ghaznawi|Herawi|Amiri|Taheri|Wahidi|Habibi|Hakimi|Nawrozi|Farahmand"),
)

G["georgian"] = dict(
    m=_s("Giorgi|Giorgi|Gia|Gogi|Davit|Dato|Levan|Lasha|Nika|Nikoloz|Irakli|Zurab|Zura|Tornike|Luka|Sandro|Aleksandre|Beka|Bachana|Vakhtang|Vakho|Tamaz|Temur|Revaz|Rezo|Shota|Otar|Mamuka|Kakha|Badri|Archil|Gela|Goga|Ilia|Merab|Avtandil|Saba"),
    f=_s("Nino|Tamar|Tamuna|Tako|Mariam|Mari|Ana|Salome|Eka|Ekaterine|Ketevan|Keti|Natia|Nana|Nana|Maia|Manana|Lela|Lali|Sopio|Sophio|Khatia|Elene|Nanuka|Tinatin|Tiko|Teona|Mzia|Eteri|Nestan|Lika|Irma|Medea|Rusudan|Ia|Tsira|Natela|Marika"),
    fam=_s("Beridze|Kapanadze|Gelashvili|Maisuradze|Giorgadze|Lomidze|Tsiklauri|Bolkvadze|Kvaratskhelia|Abashidze|Chkheidze|Javakhishvili|Mamaladze|Nozadze|Khutsishvili|Kiknadze|Gogoladze|Mchedlishvili|Tabatadze|Gvaramia|Shengelia|Jgharkava|Dolidze|Tsereteli|Chikovani|Kobakhidze|Japaridze|Lortkipanidze|Meskhi|Sulaberidze|Kvirikashvili|Dvalishvili|Gabunia|Todua|Kharaishvili|Kurtanidze|Bregvadze"),
)

G["armenian"] = dict(
    m=_s("Armen|Aram|Arman|Arsen|Artur|Arthur|Ashot|Davit|David|Gagik|Garegin|Gevorg|Gor|Hayk|Haik|Hovhannes|Hovik|Karen|Levon|Mher|Narek|Norayr|Samvel|Sargis|Sarkis|Suren|Tigran|Vahe|Vardan|Vartan|Vazgen|Ruben|Rafik|Hrant|Edgar|Aramayis|Armenak|Grigor"),
    f=_s("Anahit|Ani|Anush|Araksya|Arpi|Astghik|Gayane|Gayaneh|Hasmik|Karine|Lilit|Lusine|Lusineh|Mane|Mariam|Marine|Nare|Narine|Nune|Ruzanna|Satenik|Seda|Shushan|Siranush|Sona|Srbuhi|Tatevik|Taguhi|Zaruhi|Armine|Hripsime|Elen|Meri|Nvard|Arev|Gohar|Inessa"),
    fam=_s("Petrosyan|Petrosian|Sargsyan|Sargsian|Sarkissian|Hovhannisyan|Hovannisian|Grigoryan|Grigorian|Harutyunyan|Arutyunyan|Khachatryan|Khachatrian|Mkrtchyan|Mkrtchian|Karapetyan|Gevorgyan|Avetisyan|Hakobyan|Akopyan|Vardanyan|Vardanian|Margaryan|Ghazaryan|Kazaryan|Stepanyan|Manukyan|Avagyan|Poghosyan|Martirosyan|Abrahamyan|Galstyan|Baghdasaryan|Simonyan|Davtyan|Mirzoyan|Torosyan|Yeghiazaryan|Aslanyan|Ter-Petrosyan"),
)

G["azerbaijani"] = dict(
    m=_s("Elnur|Elvin|Elçin|Elchin|Rəşad|Rashad|Orxan|Orkhan|Tural|Kamran|Fərid|Farid|Rauf|Ruslan|Vüsal|Vusal|Anar|Emin|Samir|Nihat|Səbuhi|Sabuhi|Cavid|Javid|Elşən|Elshan|Rövşən|Rovshan|Fuad|Ilkin|İlkin|Murad|Nicat|Nijat|Toğrul|Togrul|Ülvi|Ulvi|Zaur|Vüqar|Vugar|Aqil|Mübariz"),
    f=_s("Leyla|Aynur|Aysel|Günel|Gunel|Nərgiz|Nargiz|Sevinc|Sevinj|Nigar|Könül|Konul|Aytən|Ayten|Ülviyyə|Ulviyya|Şəbnəm|Shabnam|Fidan|Lalə|Lala|Xədicə|Khadija|Türkan|Turkan|Gülnar|Səbinə|Sabina|Aygün|Aygun|Vüsalə|Vusala|Nurlana|Zəhra|Zahra|Təranə|Tarana|Mələk|Malak|Gülər|Arzu|Samirə"),
    fam=_s("Məmmədov|Mammadov|Mamedov|Əliyev|Aliyev|Aliev|Həsənov|Hasanov|Hüseynov|Huseynov|Quliyev|Guliyev|Quliev|İsmayılov|Ismayilov|Abbasov|Cəfərov|Jafarov|Rəhimov|Rahimov|Babayev|Nəsirov|Nasirov|Süleymanov|Suleymanov|Kərimov|Karimov|Musayev|Orucov|Orujov|Əhmədov|Ahmadov|Qasımov|Gasimov|Vəliyev|Valiyev|Bağırov|Bagirov|Sadıqov|Sadigov|Ələkbərov|Alakbarov"),
    pat=_s("Rəşid oğlu|Əli oğlu|Vaqif oğlu|Rashid oghlu|Ali oglu|Elman oğlu"),
    fpat=_s("Rəşid qızı|Əli qızı|Vaqif qızı|Rashid gizi|Ali qizi|Elman qızı"),
)

G["uyghur"] = dict(
    m=_s("Abdurehim|Abdureşit|Abdurashid|Ablimit|Ablikim|Alim|Dilmurat|Dilshat|Ekber|Erkin|Ilham|Ilhamjan|Kurban|Qurban|Memet|Mehmet|Memtimin|Mutellip|Nurmemet|Osman|Perhat|Rozi|Tursun|Tursunjan|Yasin|Yusup|Zunun|Ehmet|Eysa|Hesen|Muhter|Shöhret|Shohrat|Ghojaniyaz|Abliz|Rishat|Adil|Kamil"),
    f=_s("Gulnar|Gulnur|Gülnar|Aygul|Ayjan|Dilnur|Dilber|Dilbar|Mahire|Mihray|Mihrigul|Nurgul|Nuriye|Patigul|Rahile|Reyhan|Reyhangul|Rizwangul|Saniye|Subinur|Tursungul|Zeynure|Zulpiye|Zohre|Ezize|Meryem|Hürriyet|Gulbahar|Peride|Aynur|Amine|Munire|Nadire|Buayshem|Guljan"),
    fam=_s("Tursun|Memet|Mamut|Ablimit|Abdukerim|Abdurehim|Hoshur|Qadir|Kadeer|Rozi|Sabit|Tohti|Toxti|Ismayil|Niyaz|Yasin|Jalil|Emet|Ehmet|Obul|Qurban|Kurbanov|Mamutov|Sabitov|Tokhtiev|Rozakhunov|Niyazov|Hasanov|Yunusov|Musayev|Zunun|Kerim|Hoshurov|Eli|Osmanov|Imin|Seydulla"),
)

NICK = {"Mehmet": "Memo", "Mustafa": "Musti", "Hüseyin": "Hüso", "Giorgi": "Gio", "Aleksandre": "Sandro", "Nikoloz": "Nika",
        "Tamar": "Tako", "Ekaterine": "Eka", "Ketevan": "Keti", "Alexander": "Sasha", "Dmitri": "Dima", "Dmitry": "Dima",
        "Yevgenia": "Zhenya", "Natalia": "Natasha", "Ekaterina": "Katya", "Anastasia": "Nastya", "Mikhail": "Misha",
        "Yosef": "Yossi", "Yitzhak": "Itzik", "Avraham": "Avi", "Mohammad": "Mamad", "Mohammadreza": "Hamid", "Fatemeh": "Fati",
        "Hovhannes": "Hovik", "Davit": "Dato", "Bauyrzhan": "Baha", "Nursultan": "Nurik", "Temirlan": "Temik", "Aigerim": "Aika",
        "Ulugbek": "Ulug", "Shahnoza": "Shakha", "Khurshedjon": "Khurik", "Bat-Erdene": "Bataa", "Enkhjargal": "Jagaa",
        "Oyuntsetseg": "Oyunaa", "Gulbuddin": "Gul", "Zabihullah": "Zabi", "Samiullah": "Sami", "Elnur": "Elo", "Rəşad": "Reşo",
        "Abdurehim": "Rehim", "Gulnara": "Gulya", "Irakli": "Ika", "Vakhtang": "Vakho", "Zurab": "Zura", "Rezo": "Reziko"}
