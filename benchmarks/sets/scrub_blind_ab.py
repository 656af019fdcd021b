"""Blind evaluation set: customer-care notes from mobile-money, telco and utility
desks in francophone / lusophone Africa and the Indian Ocean. Standard library only."""
import random
import re
import unicodedata

SEED = 20240517
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000

# ---------------------------------------------------------------- name pools
_POOLS = {
 "wolof": ("Moussa Mamadou Ousmane Ibrahima Cheikh Modou Abdoulaye Babacar Aliou Assane Pape Mbaye "
           "Lamine Alioune Demba Samba Birame Malick Saliou Fallou Fatou Aminata Awa Aïssatou Ndèye "
           "Mariama Khady Coumba Astou Adama Rokhaya Dieynaba Yacine Bineta Seynabou Diarra Ndeye "
           "Marème Mareme Penda Absa Arame Ngoné Aissatou",
           "Diop Ndiaye Fall Sow Mbaye Gueye Guèye Sarr Diallo Cissé Cisse Seck Thiam Niang Faye Kane "
           "Dieng Sy Wade Mboup Lo Lô Ba Samb Gaye Sall Diagne Mbengue Ndao Thiaw Kébé Kebe Touré Toure "
           "Badji Niasse Dramé Beye Mbodj Mbacké Mbacke Dia"),
 "serer": ("Ngor Waly Mbagnick Sédar Diogoye Latsouk Mossane Yandé Sira Khoudia Diégane Ndiogou Kor "
           "Ndella Kumba Fatim Goor Mbissine Ngagne Bouna Diène Tening Daba Siga Léopold Augustin "
           "Ignace Odile Bernadette Thérèse Joseph Pierre Marie Jean Clémentine Marcel Cyprien Honorine "
           "Raphaël Hortense Niokhor Sadio",
           "Faye Diouf Sène Sene Ngom Dione Tine Ndour Gning Senghor Ndong Ciss Diome Ndiour Loum "
           "Thiaré Kama Dieye Diom Youm Bop Ndione Thiombane Badiane Dior Sarr Thiaw Diagne Mbodj Ndiaye "
           "Sagna Ngalla Diatte Gomis Sambou Coly Senghor Faye Diouf Ngor Ndiaye Manga Mendy"),
 "mandinka": ("Lamin Ebrima Kebba Bakary Sulayman Mamadi Sekou Fodé Fode Kaba Malang Yankuba Musa Ousman "
              "Alhagie Bubacarr Dawda Sankung Karamo Sainey Binta Fatoumata Kaddy Isatou Haddy Nyima "
              "Jainaba Aminata Awa Kumba Sira Salimata Oumou Jarra Maimuna Ndey Sona Sainabou Nyuma Mariama",
              "Camara Keita Sanneh Jammeh Darboe Fofana Kanteh Sonko Fatty Manneh Bojang Jatta Badjie "
              "Sagnia Dabo Koma Diabaté Kouyaté Sissoko Kanté Trawally Saho Ceesay Drammeh Sidibé Jawara "
              "Marong Suso Minteh Sanyang Touray Bayo Colley Fadera Jarju Njie Mané Mane Sané"),
 "baoule": ("Kouassi Kouamé Kouame Kouadio Konan Koffi Yao Kouakou N'Guessan Kra Kan Amani Brou N'Dri "
            "Yobouet Ahou Akissi Affoué Amoin Adjoua Aya Amenan Ahoua Akoua Ehui Aké Anoh Gnamien Assié "
            "Adjo Désiré Serge Hervé Armand Ange Prisca Yannick Raïssa Fulbert Bérenger Ghislain",
            "Kouassi Kouamé Koffi Konan Yao N'Guessan Kouadio Kouakou Brou Kra N'Dri Amani Yobouet Bédié "
            "Boigny Allou Kanga Kacou Aka Ahoussou Anoman Akoto Tano Koua Aboua N'Goran Adou Bilé Ehouman "
            "Kassi Kossonou Goli N'Zi Kablan Ano Yapi Kadio N'Dah Assoa Brou"),
 "dioula": ("Drissa Souleymane Lassina Siaka Zoumana Bakary Daouda Adama Karim Yacouba Ibrahim Seydou "
            "Issouf Mamadou Moussa Abdoulaye Ali Tiémoko Kassoum Fousseni Mariam Fatoumata Salimata "
            "Kadidia Awa Assétou Aminata Djénéba Mariétou Rokia Minata Korotoum Nafissatou Sali Ramatou "
            "Kani Alima Sita Massandjé Nabintou",
            "Ouattara Koné Kone Traoré Traore Coulibaly Diabaté Bamba Touré Cissé Fofana Sanogo Doumbia "
            "Kamagaté Diomandé Konaté Dosso Bakayoko Sylla Diarrassouba Karamoko Sangaré Kourouma Meité "
            "Sidibé Timité Savané Diakité Dembélé Sakho Kanté Fadiga Cissoko Barro Gbané Méïté Tiéné "
            "Soumahoro Bamba Fofié"),
 "bambara": ("Bakary Modibo Boubacar Soumaïla Seydou Mamadou Oumar Sidiki Dramane Moussa Issa Yaya "
             "Kalifa Nouhoum Tiémoko Bréhima Sékou Madou Lassana Aliou Oumou Mariam Fatoumata Kadiatou "
             "Assitan Djénéba Nana Aïssata Rokia Bintou Sanata Korotimi Ami Tenin Sitan Kadidiatou "
             "Safiatou Mah Nassira Fanta",
             "Traoré Keïta Keita Coulibaly Diarra Konaté Dembélé Sangaré Sissoko Diakité Kanté Samaké "
             "Koné Doumbia Togola Sidibé Bagayoko Mariko Tangara Dao Kouyaté Fomba Camara Bengaly Ballo "
             "Berthé Sanogo Niaré Fané Goïta Doumbouya Tounkara Konaré Sogoba Diawara Samake Diakite "
             "Maïga Maiga Touré"),
 "soninke": ("Demba Samba Hamady Mamadou Bakary Soulé Youssouf Ibrahima Ousmane Diadié Hamet Issa "
             "Moussa Sidy Boubou Aliou Oumar Madiama Séga Sega Maimouna Fatimata Diaba Koumba Ramata Hawa "
             "Tacko Coumba Goundo Sira Djénéba Haby Maty Aissata Khadidiatou Néné Mariata Bintou Dado "
             "Kadiata",
             "Diawara Sylla Cissé Sakho Camara Doucouré Doucoure Tandia Dramé Soumaré Niakaté Gassama "
             "Kanouté Fofana Baradji Tounkara Diaby Sissoko Kébé Konté Simaga Dianka Traoré Bathily "
             "Sacko Koïta Timera Magassa Diakhité Djimera Wagué Yatéra Gakou Diakho Tandjigora Soukouna "
             "Souaré Souare Diaby Konaté"),
 "bamileke": ("Jean-Pierre Emmanuel Hervé Serge Martial Armand Achille Blaise Célestin Crépin Fidèle "
              "Gaston Hyacinthe Landry Rodrigue Romaric Thierry Ulrich Vianney Yves Arnaud Aurélie "
              "Brigitte Carine Christelle Danielle Flore Gisèle Laure Murielle Nadège Odette Pélagie "
              "Rosine Sandrine Solange Sidonie Vanessa Yvette Chantal Clotilde",
              "Kamga Tchakounté Fotso Kuete Tchoua Nguemo Fokou Djoumessi Tchatchoua Kengne Wamba Tamo "
              "Nzeukou Talla Tchinda Nana Simo Ngassa Feudjio Kamdem Tagne Fonkou Tsafack Nguefack "
              "Kenfack Tchamba Dongmo Fopa Kouam Foka Tchoumi Mbakop Tientcheu Noubissi Tchouta Kamwa "
              "Nganou Djuidje Yemeli Chedjou Tchakounte"),
 "ewondo": ("Jean-Marie Paul François Étienne Norbert Cyrille Sylvestre Dieudonné Bienvenu Justin "
            "Ambroise Gervais Fabrice Guy Patrice Roger Alain Martin Simon Marie-Louise Agathe Béatrice "
            "Cécile Élise Florence Germaine Hortense Jacqueline Joséphine Lucienne Madeleine Rose Suzanne "
            "Thérèse Véronique Yolande Mireille Pauline Régine Christiane",
            "Atangana Mbarga Essomba Onana Ateba Owona Ndzana Abega Eyenga Nkodo Mvondo Ondoua Ngono "
            "Amougou Mballa Fouda Essama Tsala Manga Bilong Edzoa Bella Ndongo Ayissi Ebogo Omgba "
            "Mebenga Nga Eloundou Ngah Awono Mengue Belinga Ottou Onguene Zambo Abena Ekani Mbida "
            "Olinga Eto'o"),
 "kongo": ("Fiston Trésor Papy Glodi Héritier Christian Junior Blaise Godefroid Dieumerci Nzuzi "
           "Luzolo Kiese Lusala Makiese Mbuta Jonathan Patrick Désiré Guylain Grâce Chantal Mireille "
           "Nathalie Sylvie Clarisse Esther Ruth Rebecca Divine Merveille Gloire Nelly Arlette Bijou "
           "Falonne Naomie Plamedi Béni Exaucée Dorcas Gracia",
           "Mbala Lukaku Makiadi Mbemba Nzinga Matondo Mpiana Lokua Ngoma Bakala Massamba Nsimba Kiala "
           "Mabiala Nkounkou Malonga Mabanza Moukoko Loemba Nzau Mavungu Kimbembe Makosso Mayala "
           "Mampuya Ditu Lutete Kinkela Diatezua Ndombe Bokamba Mokolo Bolamba Elonga Likambo Bosenge "
           "Bokungu Esambo Makaya Mabele"),
 "luba": ("Kalala Mukendi Ilunga Kabamba Tshibangu Kazadi Mbuyi Ngalula Mbombo Kapinga Mujinga "
          "Tshilanda Ntumba Ngandu Kanku Mulumba Kabeya Mutombo Félix Augustin Marcel Léon Placide "
          "Valentin Gérard André Jeanine Josée Alphonsine Micheline Jolie Fifi Chadrac Kevin Béatrice "
          "Dorothée Odette Francine Jean-Paul Laurent Thérèse",
          "Kabongo Kalonji Mutombo Tshibangu Mukendi Kasongo Ilunga Ngoyi Mulumba Kabeya Mbuyi Kazadi "
          "Tshimanga Kanku Muamba Nkongolo Tshisekedi Bukasa Banza Kalenga Kabamba Ngandu Kayembe Mpoyi "
          "Tshiyombo Lukusa Mwamba Ntumba Kapinga Mujinga Mbombo Tshiala Kalala Luboya Kabasele "
          "Ciamala Kandolo Beya Lumbala Mulamba Katende"),
 "malagasy": ("Hery Faly Tiana Haja Mamy Rivo Nirina Andry Fetra Rado Toky Miora Lalaina Voahangy "
              "Hanitra Fanja Soa Volana Noro Lova Tahina Njaka Mahery Tsiry Fenohasina Harisoa Holy "
              "Vonjy Zo Ravo Manoa Mialy Ony Sitraka Kanto Antsa Hasina Tojo Onja Ando Haingo",
              "Rakotomalala Randrianarisoa Rasoanaivo Andrianjafy Razafindrakoto Rakotoarisoa "
              "Ravelomanana Rajaonarison Randriamampionona Rabemananjara Razanamahefa Ratsimbazafy "
              "Andriamihaja Rakotondrabe Rasolofoniaina Ravelojaona Randrianasolo Rajaonah "
              "Razafimahatratra Rabearivelo Rakotovao Ramanantsoa Rasoamanarivo Randrianantenaina "
              "Andrianaivo Razafindrabe Rakotonirina Ramaroson Rahaingo Ratsiraka Rajoelina "
              "Rabenandrasana Andriantsoa Razakamanana Rafidimanana Ramiandrisoa Rasolondraibe "
              "Randriamanantena Rakotobe Rabarison"),
 "mu_creole": ("Jean-Claude Ludovic Stéphane Gérard Jocelyn Marie-Josée Nathalie Danielle Cindy Kevin "
               "Jessica Vanessa Wendy Priscilla Dylan Anthony Clency Jimmy Joël Gaëtan Jean-Marc "
               "Jean-Noël Murielle Nadia Josiane Marie-Laure Sandy Mélanie Corinne Patrick Christopher "
               "Steeve Fabrice Jérôme Rose-May Marie-Annick Lindsay Kenny Alain Jean-Yves",
               "Labonne Jolicoeur Lamoureux Perrine Bégué Casimir Ravaton L'Aimable Baptiste Prosper "
               "Hippolyte Lafleur Larose Duval Legentil Augustin Félicité Moïse Toussaint Lisette "
               "Emilien Lebon Clément Azor Fanchette Victoire Rosalie Labiche Léveillé Gentil Chelin "
               "Milazar Lamarque Bastien Athanase de Chazal d'Unienville de Spéville Gérie Allas"),
 "indo_mu": ("Ravi Anil Vikash Pravind Navin Sanjay Deepak Rajesh Ashok Kamlesh Vishnu Yogesh Sunil "
             "Ramesh Ajay Nitin Kiran Rakesh Shyam Priya Anjali Sunita Geeta Kavita Pooja Reshma "
             "Shalini Deepa Nisha Meena Sarita Pratima Leela Vandana Rekha Smita Neha Kajal Divya "
             "Imran Fazila Nawaz Shenaz",
             "Ramgoolam Jugnauth Boolell Dowarkasing Seetaram Gungah Ramdin Bhujun Beeharry Jhugroo "
             "Ramsahye Goburdhun Seebaluck Dookhun Soobrayen Appadoo Moonesamy Veerasamy Mootoosamy "
             "Pillay Naidoo Ramful Sookun Teeluck Hurry Ramjeeawon Bissessur Luchmun Jeetah Ramkissoon "
             "Dulloo Bundhoo Peerbux Joomun Khodabux Rujubali Sobratee Mohabeer Purmessur Nundlall "
             "Gopaul Auckbur"),
 "reunion": ("Jean-Hugues Jean-Luc Mickaël Ludovic Johnny Didier Maxime Loïc Teddy Willy Guillaume "
             "Sébastien Yannis Clément Rudy Jean-Max Emmanuelle Sabrina Audrey Laëtitia Mélissa "
             "Virginie Stéphanie Cindy Marie-Claude Gisèle Clarisse Océane Manon Élodie Jessy Fabiola "
             "Nadine Brigitte Ginette Marylène Huguette Josie Florian Gilbert Jean-Régis",
             "Payet Hoarau Grondin Fontaine Técher Techer Rivière Boyer Maillot Lauret Dijoux Hoareau "
             "Turpin Nativel Gonthier Mussard Lebreton Morel Clain Ah-Hoy Ah-Kiem Ramassamy Sautron "
             "Cadet Bègue Lallemand Vitry Bellon Huet Damour Maunier Picard Sinama Lépinay Ethève "
             "Barret Baret Law-Yen Latchimy Nourry de Lépinay"),
 "angolan": ("João António Manuel Domingos Adão Pedro Francisco Mário Joaquim Afonso Agostinho "
             "Miguel Nelson Edvaldo Kiluanje Ngola Kandimba Osvaldo Lukeny Ana Maria Isabel Teresa "
             "Joana Rosa Luísa Marta Filomena Esperança Nzinga Wany Yola Cacilda Albertina Jandira "
             "Adelaide Helena Madalena Feliciana Domingas Tchissola Ndapandula",
             "dos Santos|da Silva|Lourenço|Neto|Fernandes|Kassoma|Chivukuvuku|Sambo|Chipenda|Muhongo|"
             "Kiala|Kiluange|Mbandi|Sapalo|Chimuco|Katiavala|Kalupeteka|Ndala|Cassinda|Cassoma|"
             "Tchiyevo|Kapitango|Kussumua|Miranda|Van-Dúnem|de Carvalho|Bento|Sebastião|Kambundo|"
             "Ngunza|Mateus|Quintas|Cahungo|Chilala|Cambuta|Pascoal|Epalanga|Nunda|Vieira Dias|"
             "Kapenda|Samakuva|Lucamba"),
 "mozambican": ("Armando Samora Joaquim Filipe Alberto Celso Ernesto Albino Eusébio Hélder Zacarias "
                "Mussá Abdul Cândido Inácio Salvador Tomás Bento Gildo Timóteo Graça Alice Celeste "
                "Lurdes Josina Amélia Marcelina Rosália Carolina Fátima Zaida Anita Atália Benedita "
                "Ilda Flávia Neusa Cremilda Argentina Angelina Nelinha",
                "Machel Chissano Guebuza Nyusi Mondlane Dhlakama Simango Cossa Macuácua Mabunda "
                "Nhantumbo Chongo Mucavele Sitoe Tembe Langa Mahumane Chaúque Bila Maússe Massingue "
                "Cumbe Novela Muianga Muchanga Nhaca Manjate Namashulua Ossufo Momade Amisse Muiocha "
                "Namuaca Rachide Selemane Abacar Issufo Mussagy Buque Macamo Chauque"),
 "capeverdean": ("Amílcar Aristides Pedro Jorge Ulisses Carlos Manuel Nelson Adilson Edmilson Hélio "
                 "Djoy Zeca Nando Tói Arlindo Jailson Eder Kelvin Wilson Cesária Mayra Lura Sara "
                 "Elisângela Sónia Ivone Zenaida Dulce Carla Suzana Adélia Nilda Eunice Djenifer Odete "
                 "Celina Tânia Irina Jéssica Nha",
                 "Évora Pereira Fonseca Tavares Lopes Monteiro Brito Rodrigues Semedo Gomes Cabral "
                 "Andrade Varela Fortes Moreira Delgado Lima Correia Spencer Barros Furtado Veiga Almeida "
                 "Silva Sousa Ramos Cardoso Mendes Duarte Freire Neves Pina Rocha Soares Livramento "
                 "Baptista Fernandes Medina Cruz do Rosário"),
}


def _split_pool(s):
    return [w for w in (s.split("|") if "|" in s else s.split()) if w]


POOLS = {k: (_split_pool(g), _split_pool(f)) for k, (g, f) in _POOLS.items()}

NICKS = {
    "wolof": ["Pape", "Papis", "Mame", "Baye", "Modou", "Zale", "Tapha", "Khadija"],
    "serer": ["Ngoné", "Didi", "Ndella", "Pa Waly"],
    "mandinka": ["Jaja", "Lamino", "Binta B"],
    "baoule": ["Kouass", "Yaoyao", "Bébé", "Akiss"],
    "dioula": ["Dri", "Zoum", "Karim", "Fanta"],
    "bambara": ["Bakus", "Modi", "Ouma", "Bina"],
    "soninke": ["Sidy", "Doudou", "Tata Hawa"],
    "bamileke": ["Jipé", "Titi", "Nana"],
    "ewondo": ["Bibi", "Popaul", "Mimi"],
    "kongo": ["Papy", "Fifi", "Glo", "Tresor"],
    "luba": ["Chadrack", "Fifi", "Jojo"],
    "malagasy": ["Ranto", "Mamy", "Tsiky", "Bebe"],
    "mu_creole": ["Ti-Jean", "Jojo", "Kenny", "Sandy"],
    "indo_mu": ["Vicky", "Raj", "Pinky", "Bobby"],
    "reunion": ["Ti Paul", "Dédé", "Jojo", "Titine"],
    "angolan": ["Zé", "Tino", "Nene", "Mingas"],
    "mozambican": ["Zito", "Nelinha", "Tony", "Bela"],
    "capeverdean": ["Djédjé", "Tói", "Nando", "Zeca", "Nhanha"],
}

# culture -> countries where a customer of that culture is likely served
CULT_COUNTRY = {
    "wolof": ["SN"], "serer": ["SN"], "mandinka": ["SN", "ML"], "baoule": ["CI"],
    "dioula": ["CI", "ML"], "bambara": ["ML"], "soninke": ["ML", "SN"],
    "bamileke": ["CM"], "ewondo": ["CM"], "kongo": ["CD", "CG", "AO"], "luba": ["CD"],
    "malagasy": ["MG"], "mu_creole": ["MU"], "indo_mu": ["MU"], "reunion": ["RE"],
    "angolan": ["AO"], "mozambican": ["MZ"], "capeverdean": ["CV"],
}

TITLES = {
    "fr": ["Mr", "Mrs", "M.", "Mme", "Madame", "Monsieur", "Mlle", "Dr", "Maître", "Mr.", "Ms"],
    "pt": ["Sr.", "Sra.", "Dona", "Senhor", "Sr", "Dr.", "Mr", "Mrs"],
    "MG": ["Ramatoa", "Andriamatoa", "Mme", "Mr"],
    "SN": ["El Hadji", "Mme", "Mr", "Adja", "Serigne"],
}

# ---------------------------------------------------------------- country data
C = {
 "SN": dict(cities=["Dakar", "Thiès", "Touba", "Saint-Louis", "Ziguinchor", "Kaolack", "Mbour", "Rufisque", "Pikine", "Guédiawaye"],
            brands=["Orange Money", "Wave", "Free Money", "Orange", "Expresso", "Senelec", "Woyofal", "SenEau", "Free", "Sonatel", "Max it", "Yas"],
            cur=lambda r: r.choice(["{} FCFA", "{} F", "XOF {}", "{}f"]).format(r.choice(["500", "1 000", "2 500", "5 000", "10 000", "25,000", "50 000", "150.000", "3000", "7 500"])),
            places=["AIBD", "Sea Plaza", "Marché Sandaga", "Colobane", "Plateau", "Almadies", "HLM", "Parcelles", "Touba Mosque", "Dakar Arena", "BRT station Petersen", "TER Diamniadio", "Keur Massar"],
            lang="fr"),
 "CI": dict(cities=["Abidjan", "Bouaké", "Yamoussoukro", "San-Pédro", "Daloa", "Korhogo", "Man", "Grand-Bassam"],
            brands=["Orange Money", "MTN MoMo", "Moov Money", "Wave", "CIE", "SODECI", "Orange CI", "MTN", "Moov Africa", "Djamo"],
            cur=lambda r: r.choice(["{} FCFA", "{} F", "XOF {}"]).format(r.choice(["1 000", "2 000", "5 000", "10.000", "20 000", "35 000", "100 000", "750"])),
            places=["Cocody", "Yopougon", "Plateau", "Marcory", "Treichville", "Adjamé", "Playce Marcory", "Cap Sud", "FHB airport", "pont HKB", "Abobo gare", "Riviera Palmeraie"],
            lang="fr"),
 "ML": dict(cities=["Bamako", "Kayes", "Sikasso", "Ségou", "Mopti", "Koutiala", "Kati"],
            brands=["Orange Money", "Moov Money", "Sama Money", "Wave", "EDM-SA", "Somagep", "Orange Mali", "Moov Africa Malitel"],
            cur=lambda r: r.choice(["{} FCFA", "{} F CFA", "XOF {}"]).format(r.choice(["500", "1 500", "5 000", "10 000", "25 000", "60 000"])),
            places=["ACI 2000", "Grand Marché", "Badalabougou", "Kalaban Coura", "Senou airport", "Hamdallaye", "Magnambougou", "Sogoniko gare routière"],
            lang="fr"),
 "CM": dict(cities=["Douala", "Yaoundé", "Bafoussam", "Dschang", "Bamenda", "Garoua", "Kribi", "Limbé"],
            brands=["MTN MoMo", "Orange Money", "ENEO", "Camwater", "MTN Cameroon", "Orange Cameroun", "Nexttel", "Camtel", "Blue"],
            cur=lambda r: r.choice(["{} FCFA", "XAF {}", "{} frs"]).format(r.choice(["1 000", "2 500", "5 000", "10 000", "15.000", "50 000", "200"])),
            places=["Akwa", "Bonapriso", "Mokolo market", "Mvan", "Bastos", "Ndokoti", "Mboppi", "Nsimalen airport", "Carrefour Warda", "Marché Central"],
            lang="fr"),
 "CD": dict(cities=["Kinshasa", "Lubumbashi", "Goma", "Bukavu", "Mbuji-Mayi", "Kisangani", "Matadi", "Kolwezi"],
            brands=["M-Pesa", "Vodacom", "Airtel Money", "Orange Money", "Africell", "SNEL", "Regideso", "Illico Cash", "Afrimoney"],
            cur=lambda r: r.choice(["{} FC", "USD {}", "${}", "{} CDF"]).format(r.choice(["5", "10", "20", "50", "5 000", "20 000", "35,000", "100"])),
            places=["Gombe", "Matonge", "Zando", "Limete", "Ndjili airport", "Victoire", "Kintambo", "Bandal", "boulevard du 30 Juin", "Place Lumumba"],
            lang="fr"),
 "CG": dict(cities=["Brazzaville", "Pointe-Noire", "Dolisie", "Nkayi", "Oyo"],
            brands=["MTN MoMo", "Airtel Money", "MTN Congo", "Airtel Congo", "E2C", "LCDE"],
            cur=lambda r: r.choice(["{} FCFA", "XAF {}"]).format(r.choice(["1 000", "5 000", "10 000", "25 000", "500"])),
            places=["Poto-Poto", "Bacongo", "Moungali", "Marché Total", "Maya-Maya airport", "Centre-ville", "Tié-Tié"],
            lang="fr"),
 "MG": dict(cities=["Antananarivo", "Toamasina", "Antsirabe", "Fianarantsoa", "Mahajanga", "Toliara", "Nosy Be", "Tana"],
            brands=["MVola", "Orange Money", "Airtel Money", "Telma", "Orange Madagascar", "Airtel", "Jirama", "Blueline"],
            cur=lambda r: r.choice(["{} Ar", "MGA {}", "Ar {}", "{} ariary"]).format(r.choice(["2 000", "5 000", "10 000", "20.000", "50 000", "100 000", "500"])),
            places=["Analakely", "Ivato", "Tana Waterfront", "Behoririka", "Ankorondrano", "67 Ha", "Andravoahangy", "Akoor Digue", "Isoraka"],
            lang="fr"),
 "MU": dict(cities=["Port Louis", "Curepipe", "Quatre Bornes", "Rose-Hill", "Vacoas", "Mahébourg", "Grand Baie", "Goodlands", "Flacq"],
            brands=["my.t", "Emtel", "Mauritius Telecom", "CEB", "CWA", "Juice", "MCB", "MauBank", "blink", "my.t money", "Emtel Airbox"],
            cur=lambda r: r.choice(["Rs {}", "Rs{}", "MUR {}", "{} rupees"]).format(r.choice(["150", "350", "500", "1,250", "2 000", "999", "4500", "75"])),
            places=["Bagatelle mall", "Caudan", "SSR airport", "Phoenix", "Cascavelle", "Trianon", "Ebène", "Metro Express Rose-Hill", "Jumbo Riche Terre", "Super U Grand Baie"],
            lang="fr"),
 "RE": dict(cities=["Saint-Denis", "Saint-Pierre", "Saint-Paul", "Le Port", "Le Tampon", "Saint-André", "Saint-Benoît", "Sainte-Marie", "Saint-Louis"],
            brands=["SFR Réunion", "Orange Réunion", "Zeop", "Free Réunion", "EDF", "Réunionnaise des Eaux", "Only", "Canal+ Réunion", "Parabole Réunion"],
            cur=lambda r: r.choice(["{} €", "€{}", "{} euros", "{}e"]).format(r.choice(["9,99", "19.99", "35", "45", "120", "7", "250", "60"])),
            places=["Roland Garros airport", "Grand Marché", "Chaudron", "Duparc", "Pierrefonds", "Carrefour Sainte-Clotilde", "E.Leclerc Portail", "Jumbo Savannah", "Cilaos", "Piton Sainte-Rose"],
            lang="fr"),
 "AO": dict(cities=["Luanda", "Huambo", "Benguela", "Lobito", "Lubango", "Cabinda", "Malanje", "Viana"],
            brands=["Unitel", "Unitel Money", "Africell", "Movicel", "ENDE", "EPAL", "Multicaixa Express", "e-Kwanza", "BAI Directo", "Angola Telecom"],
            cur=lambda r: r.choice(["{} Kz", "AOA {}", "{} kwanzas"]).format(r.choice(["500", "1 000", "2.500", "5 000", "10 000", "25 000", "100.000"])),
            places=["Talatona", "Belas Shopping", "Kinaxixi", "Maianga", "Ilha de Luanda", "Aeroporto 4 de Fevereiro", "Viana", "Cazenga", "Marginal"],
            lang="pt"),
 "MZ": dict(cities=["Maputo", "Matola", "Beira", "Nampula", "Quelimane", "Tete", "Pemba", "Xai-Xai", "Inhambane"],
            brands=["M-Pesa", "e-Mola", "mKesh", "Vodacom", "Movitel", "Tmcel", "EDM", "FIPAG", "Credelec"],
            cur=lambda r: r.choice(["{} MT", "MZN {}", "{} meticais", "{}mt"]).format(r.choice(["50", "100", "250", "500", "1 000", "1.500", "5 000", "20"])),
            places=["Baixa", "Polana", "Sommerschield", "Baía Mall", "Mavalane airport", "Xipamanine", "Museu", "Zimpeto", "Costa do Sol"],
            lang="pt"),
 "CV": dict(cities=["Praia", "Mindelo", "Santa Maria", "Assomada", "Espargos", "São Filipe", "Tarrafal"],
            brands=["CV Telecom", "CVMóvel", "Unitel T+", "Alou", "Electra", "Vinti4", "Caixa Económica", "Banco Comercial do Atlântico"],
            cur=lambda r: r.choice(["{} ECV", "CVE {}", "{}$00", "{} escudos"]).format(r.choice(["500", "1.000", "2 000", "5.000", "250", "10 000"])),
            places=["Plateau", "Achada Santo António", "Palmarejo", "Sucupira", "Aeroporto Nelson Mandela", "Laginha", "Sal airport", "Praça Nova"],
            lang="pt"),
}
COUNTRY_NAMES = {"SN": ["Senegal", "Sénégal"], "CI": ["Côte d'Ivoire", "Ivory Coast", "CIV"],
                 "ML": ["Mali"], "CM": ["Cameroon", "Cameroun"], "CD": ["DRC", "RDC", "DR Congo"],
                 "CG": ["Congo-Brazza", "Congo B"], "MG": ["Madagascar", "Mada"],
                 "MU": ["Mauritius", "Maurice"], "RE": ["Réunion", "La Réunion", "974"],
                 "AO": ["Angola"], "MZ": ["Mozambique", "Moçambique", "Moz"],
                 "CV": ["Cabo Verde", "Cape Verde", "CV"]}

TEAMS = ["Billing Ops", "Tier 2", "Tier 1", "Retentions", "Fraud desk", "KYC team", "Agent Network",
         "Dealer Support", "Back Office", "Recharge Ops", "Field Techs", "Meter Team", "Roaming desk",
         "Escalations", "Complaints Cell", "night shift", "Service Client", "MFS Ops", "Reconciliation",
         "NOC", "B2B desk", "Collections", "Social Media team", "VIP desk", "Level 3"]
MODELS = ["Tecno Spark 10", "itel A70", "Infinix Hot 30", "Samsung A14", "iPhone 11", "Huawei Y7",
          "Huawei B311 router", "ZTE MF286", "Nokia 105", "Redmi 12C", "Tecno Camon 20", "Galaxy A05s",
          "TP-Link Archer C6", "Huawei B535", "Alcatel 1B", "iPhone 13 Pro", "Fibre ONT HG8145V5"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
        "Wed", "Thu", "Fri", "Sat", "lundi", "mardi", "vendredi", "Tabaski", "Korité", "Easter", "Ramadan"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Aug", "Sept", "Oct", "Nov", "Dec"]
CX = ["cx", "cust", "customer", "client", "clt", "caller", "sub", "subscriber"]
THX = ["thx", "ty", "thanks", "merci", "jërëjëf", "obrigado", "misaotra", "mersi", "cheers", "thank u"]
SHORT = ["pls", "asap", "tmrw", "b4", "w/", "bc", "lol", "fyi", "btw", "np", "ok", "rn", "idk", "bcoz"]
ISSUES = ["wrong transfer", "SIM swap", "PIN reset", "failed cash-out", "double debit",
          "token not received", "no network", "data bundle not applied", "meter blocked",
          "airtime stuck", "fibre down", "bill too high", "refund pending", "wallet suspended",
          "KYC upgrade", "roaming not working", "merchant payment failed", "password locked",
          "balance not updated", "USSD timeout", "prepaid units missing", "router no signal",
          "porting request", "e-SIM activation", "line barred"]
FOLLOW = ["escalated to {T}", "closed", "pending {T}", "fwd to {T}", "resolved on call",
          "callback {D}", "told cx to wait 48h", "ticket raised", "will revert {D}", "sorted, happy",
          "cx satisfied", "compensation approved", "no further action", "left voicemail",
          "awaiting {T} confirmation"]


# ---------------------------------------------------------------- helpers
def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


_SPLIT = re.compile(r"[\s\-'\u2019.,]+")


def _name_ok(name, listed):
    return all((w not in listed) for w in (_fold(x) for x in _SPLIT.split(name)) if w)


def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def _iban(r, cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    return f"{cc}{chk:02d}{bban}"


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


class _Fail(Exception):
    pass


# ---------------------------------------------------------------- note builder
class _Note:
    def __init__(self, r, listed):
        self.r = r
        self.listed = listed
        self.cult = r.choice(list(POOLS))
        self.cc = r.choice(CULT_COUNTRY[self.cult])
        self.cd = C[self.cc]
        self.p1 = None
        self.p2 = None
        self._used = {}

    def _other(self, pool, key):
        prev = self._used.get(key)
        return self.r.choice([x for x in pool if x != prev] or pool)

    # --- people
    def _pick(self, pool):
        for _ in range(300):
            x = self.r.choice(pool)
            if _name_ok(x, self.listed):
                return x
        raise _Fail

    def person(self, second=False):
        attr = "p2" if second else "p1"
        if getattr(self, attr) is None:
            cult = self.cult if not second or self.r.random() < 0.7 else self.r.choice(list(POOLS))
            g, f = POOLS[cult]
            gv, fv = self._pick(g), self._pick(f)
            if second and self.p1 and gv == self.p1[0]:
                gv = self._pick(g)
            setattr(self, attr, (gv, fv, cult))
        return getattr(self, attr)

    def title(self):
        r = self.r
        if self.cult == "malagasy" and r.random() < 0.5:
            return r.choice(TITLES["MG"])
        if self.cc == "SN" and r.random() < 0.3:
            return r.choice(TITLES["SN"])
        return r.choice(TITLES[self.cd["lang"]])

    # --- PII generators
    def phone(self):
        r, cc = self.r, self.cc
        intl = r.random() < 0.4
        if cc == "SN":
            p = r.choice(["77", "78", "76", "70", "75"]); a, b, c, d = p, _digits(r, 3), _digits(r, 2), _digits(r, 2)
            loc = r.choice([f"{a} {b} {c} {d}", f"{a}{b}{c}{d}", f"{a}-{b}-{c}-{d}"]); code = "221"
        elif cc == "CI":
            p = r.choice(["07", "05", "01", "27"]); rest = [_digits(r, 2) for _ in range(4)]
            loc = r.choice([p + " " + " ".join(rest), p + "".join(rest), f"{p}.{'.'.join(rest)}"]); code = "225"
        elif cc == "ML":
            p = r.choice(["76", "66", "78", "90", "70"]); rest = [_digits(r, 2) for _ in range(3)]
            loc = r.choice([p + " " + " ".join(rest), p + "".join(rest)]); code = "223"
        elif cc == "CM":
            p = r.choice(["677", "699", "655", "690", "670", "650", "681"]); rest = [_digits(r, 2) for _ in range(3)]
            loc = r.choice([f"{p[0]} {p[1:]} " + " ".join(rest), p + "".join(rest), f"{p} " + " ".join(rest)]); code = "237"
        elif cc == "CD":
            p = r.choice(["81", "82", "99", "97", "89", "85"]); a, b = _digits(r, 3), _digits(r, 4)
            if intl:
                loc = f"{p} {a} {b}"
            else:
                loc = r.choice([f"0{p} {a} {b}", f"0{p}{a}{b}", f"0{p}-{a}-{b}"])
            code = "243"
        elif cc == "CG":
            p = r.choice(["06", "05", "04"]); a, b = _digits(r, 3), _digits(r, 4)
            loc = r.choice([f"{p} {a} {b}", f"{p}{a}{b}"]); code = "242"
        elif cc == "MG":
            p = r.choice(["34", "32", "33", "38"]); a, b, c = _digits(r, 2), _digits(r, 3), _digits(r, 2)
            loc = f"{p} {a} {b} {c}" if intl else r.choice([f"0{p} {a} {b} {c}", f"0{p}{a}{b}{c}"]); code = "261"
        elif cc == "MU":
            p = "5" + _digits(r, 3); b = _digits(r, 4)
            if r.random() < 0.2:
                p, b = r.choice(["4", "6", "2"]) + _digits(r, 2), _digits(r, 4)
            loc = r.choice([f"{p} {b}", f"{p}{b}", f"{p}-{b}"]); code = "230"
        elif cc == "RE":
            p = r.choice(["692", "693", "262"]); rest = [_digits(r, 2) for _ in range(3)]
            loc = f"{p} " + " ".join(rest) if intl else r.choice([f"0{p} " + " ".join(rest), f"0{p}" + "".join(rest), f"0{p[:1]} {p[1:]} " + " ".join(rest)]); code = "262"
        elif cc == "AO":
            p = r.choice(["923", "924", "912", "946", "931", "955"]); a, b = _digits(r, 3), _digits(r, 3)
            loc = r.choice([f"{p} {a} {b}", f"{p}{a}{b}", f"{p}-{a}-{b}"]); code = "244"
        elif cc == "MZ":
            p = r.choice(["84", "85", "82", "86", "87"]); a, b = _digits(r, 3), _digits(r, 4)
            loc = r.choice([f"{p} {a} {b}", f"{p}{a}{b}"]); code = "258"
        else:  # CV
            p = r.choice(["991", "995", "973", "958", "985"]); a, b = _digits(r, 2), _digits(r, 2)
            loc = r.choice([f"{p} {a} {b}", f"{p}{a}{b}"]); code = "238"
        if intl:
            pre = r.choice([f"+{code} ", f"+{code}", f"00{code} ", f"({code}) ", f"{code}"])
            return pre + loc
        return loc

    def email(self, second=False):
        r = self.r
        g, f, _ = self.person(second)
        g1 = re.sub(r"[^a-z0-9]", "", _fold(g)); f1 = re.sub(r"[^a-z0-9]", "", _fold(f))
        dom = r.choice(["gmail.com", "yahoo.fr", "hotmail.fr", "outlook.com", "gmail.com", "live.fr",
                        {"SN": "orange.sn", "MU": "intnet.mu", "RE": "wanadoo.fr", "CV": "cvtelecom.cv",
                         "AO": "hotmail.com", "MZ": "tvcabo.co.mz", "MG": "moov.mg", "CM": "yahoo.com",
                         "CD": "gmail.com", "CG": "yahoo.fr", "CI": "aviso.ci", "ML": "yahoo.fr"}[self.cc]])
        user = r.choice([f"{g1}.{f1}", f"{g1}{f1}", f"{g1[0]}{f1}", f"{f1}.{g1}", f"{g1}_{f1}{r.randint(1, 99)}",
                         f"{g1}{r.choice(['87', '92', '2000', '01', '221', '974'])}", f"{f1}{g1[0]}", f"{g1}.{f1}{r.randint(70, 99)}"])
        return f"{user}@{dom}"

    def card(self):
        r = self.r
        body = r.choice(["4", "5", "4", "5", "2"]) + _digits(r, 14)
        num = _luhn_complete(body)
        return r.choice([_group4(num), num, "-".join(num[i:i + 4] for i in range(0, 16, 4))])

    def nid(self):
        r, cc = self.r, self.cc
        if cc == "SN":
            d = r.choice("12") + _digits(r, 12); return r.choice([d, f"{d[0]} {d[1:4]} {d[4:8]} {d[8:]}"])
        if cc == "CI":
            return r.choice(["CI00", "C00", "CI"]) + _digits(r, 7 if r.random() < 0.5 else 9)
        if cc == "ML":
            return _digits(r, 14) + r.choice("ABCDEFGHJK")
        if cc == "CM":
            return _digits(r, 9) if r.random() < 0.6 else _digits(r, 17)
        if cc == "CD":
            return _digits(r, 11) if r.random() < 0.5 else "CD" + _digits(r, 9)
        if cc == "CG":
            return "P" + _digits(r, 9) + r.choice("ABCDE")
        if cc == "MG":
            d = _digits(r, 12); return r.choice([d, f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"])
        if cc == "MU":
            return r.choice("ABCDGJKLMPRST") + _digits(r, 6) + _digits(r, 6) + r.choice("ABCDEFGH")
        if cc == "RE":
            return r.choice([f"{r.choice('12')} {_digits(r, 2)} {_digits(r, 2)} 974 {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}",
                             r.choice("12") + _digits(r, 4) + "974" + _digits(r, 8)])
        if cc == "AO":
            return _digits(r, 9) + r.choice(["LA", "BA", "HO", "BE", "HA"]) + _digits(r, 3)
        if cc == "MZ":
            return _digits(r, 12) + r.choice("ABCDMNPQ")
        return r.choice(["CV", ""]) + _digits(r, 7) if r.random() < 0.5 else _digits(r, 9)

    def nid_cue(self):
        return self.r.choice({
            "SN": ["CNI", "CNI no.", "carte d'identité", "NIN"], "CI": ["CNI", "NNI", "carte nationale"],
            "ML": ["NINA", "carte NINA", "CNI"], "CM": ["CNI", "CNI no", "ID card"],
            "CD": ["carte d'électeur", "voter card", "ID"], "CG": ["CNI", "NIU"],
            "MG": ["CIN", "CIN n°", "karapanondro"], "MU": ["NIC", "ID card", "NID"],
            "RE": ["n° sécu", "NIR", "sécu"], "AO": ["BI", "BI nº", "bilhete"],
            "MZ": ["BI", "NUIT", "BI no"], "CV": ["CNI", "NIF", "BI"]}[self.cc])

    def acct(self):
        r = self.r
        return r.choice([_digits(r, 6), _digits(r, 8), _digits(r, 10), f"{self.cc}-{_digits(r, 7)}",
                         f"{_digits(r, 3)}-{_digits(r, 5)}-{_digits(r, 2)}", "C" + _digits(r, 9),
                         f"{_digits(r, 2)}.{_digits(r, 3)}.{_digits(r, 3)}"])

    def ticket(self):
        r = self.r
        return r.choice(["INC" + _digits(r, 7), "TCK-" + _digits(r, 6), "#" + _digits(r, 6), "CAS-" + _digits(r, 5) + "-" + r.choice("ABCDXYZ") + _digits(r, 1),
                         "REC" + _digits(r, 5), "SR-" + _digits(r, 8), f"2024{_digits(r, 4)}-{_digits(r, 4)}"])

    def txn(self):
        r = self.r
        AL = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return r.choice([f"{self.cc}{_digits(r, 6)}.{_digits(r, 4)}.{r.choice('ABCD')}{_digits(r, 5)}",
                         "T_" + "".join(r.choice(AL) for _ in range(10)),
                         "".join(r.choice(AL) for _ in range(10)),
                         "MP" + _digits(r, 6) + "." + _digits(r, 4) + ".L" + _digits(r, 5),
                         "PP" + _digits(r, 12)])

    def meter(self):
        r = self.r
        return r.choice([_digits(r, 11), _digits(r, 13), f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 3)}", "0" + _digits(r, 8)])

    def plate(self):
        r, cc = self.r, self.cc
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        if cc == "SN":
            return f"{r.choice(['DK', 'TH', 'AA', 'DL'])}-{_digits(r, 4)}-{r.choice(L)}{r.choice(L)}"
        if cc == "RE":
            return f"{r.choice(L)}{r.choice(L)}-{_digits(r, 3)}-{r.choice(L)}{r.choice(L)}"
        if cc in ("AO", "MZ", "CV"):
            return f"{r.choice(['LD', 'AAA', 'ST', 'MPM'])}-{_digits(r, 2)}-{_digits(r, 2)}-{r.choice(L)}{r.choice(L)}"
        if cc == "MU":
            return f"{_digits(r, 4)} {r.choice(['JN', 'ZR', 'AP', 'MR'])} {_digits(r, 2)}"
        return f"{_digits(r, 4)} {r.choice(L)}{r.choice(L)} {_digits(r, 2)}"

    def handle(self):
        g, f, _ = self.person()
        g1 = re.sub(r"[^a-z0-9]", "", _fold(g)); f1 = re.sub(r"[^a-z0-9]", "", _fold(f))
        return "@" + self.r.choice([f"{g1}_{f1}", f"{g1}{f1}", f"{g1}.{f1}", f"{f1}_{self.r.randint(1, 99)}", f"the_{g1}"])

    def passport(self):
        r = self.r
        return r.choice("ABCNP") + r.choice(["", r.choice("ABCDE")]) + _digits(r, 7)

    def iban(self):
        r, cc = self.r, self.cc
        if cc == "RE":
            s = _iban(r, "FR", _digits(r, 23))
        elif cc == "MU":
            s = _iban(r, "MU", r.choice(["BOMM", "MCBL", "SBIM"]) + _digits(r, 19) + "MUR")
        elif cc == "MZ":
            s = _iban(r, "MZ", _digits(r, 21))
        elif cc == "CV":
            s = _iban(r, "CV", _digits(r, 21))
        elif cc == "AO":
            s = _iban(r, "AO", _digits(r, 21))
        elif cc == "MG":
            s = _iban(r, "MG", _digits(r, 23))
        elif cc in ("CM", "CG"):
            s = _iban(r, cc, _digits(r, 23))
        elif cc == "CD":
            s = _iban(r, "CD", _digits(r, 23))
        else:
            s = _iban(r, cc, cc[0] + _digits(r, 23))
        return r.choice([s, _group4(s)])

    def ip(self):
        r = self.r
        if r.random() < 0.15:
            return "2c0f:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{r.randint(1, 999):x}"
        return ".".join(str(x) for x in (r.choice([41, 154, 196, 102, 197, 105, 10, 192]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))

    def url(self):
        r = self.r
        g, f, _ = self.person()
        g1 = re.sub(r"[^a-z0-9]", "", _fold(g)); f1 = re.sub(r"[^a-z0-9]", "", _fold(f))
        return r.choice([f"facebook.com/{g1}.{f1}", f"https://www.facebook.com/{g1}.{f1}.{r.randint(1, 999)}",
                         f"linkedin.com/in/{g1}-{f1}-{_digits(r, 3)}", f"instagram.com/{g1}_{f1}",
                         f"https://tiktok.com/@{g1}{f1}", f"wa.me/{_digits(r, 11)}", f"www.{f1}{g1}.com",
                         f"https://{g1}{f1}.wixsite.com/shop"])

    def dob(self):
        r = self.r
        y = r.randint(1942, 2005); m = r.randint(1, 12); d = r.randint(1, 28)
        mfr = ["janv", "fév", "mars", "avril", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
        men = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        mpt = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}",
                         f"{d} {men[m - 1].lower()} {y % 100:02d}", f"{d} {men[m - 1]} {y}", f"{d} {mfr[m - 1]} {y}",
                         f"{d:02d}-{m:02d}-{y}", f"{d} de {mpt[m - 1]} de {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}{m:02d}{y}"])

    def address(self):
        """returns list of parts: address, optional city (~) and postcode."""
        r, cc = self.r, self.cc
        n = r.randint(1, 250)
        city = r.choice(self.cd["cities"])
        pc = None
        if cc == "SN":
            a = r.choice([f"Villa n° {n} Cité Keur Gorgui", f"Sicap Liberté {r.randint(1, 6)} villa {r.randint(1000, 9999)}",
                          f"Rue {r.randint(1, 40)} x {r.randint(1, 40)} Médina", f"Parcelles Assainies Unité {r.randint(1, 26)} n° {n}",
                          f"HLM Grand Yoff villa {n}", f"Cité Mixta lot {n}", f"Ouest Foire cité Air Afrique villa {n}"])
            if r.random() < 0.2:
                pc = r.choice(["10200", "11000", "12500", "10700"])
        elif cc == "CI":
            a = r.choice([f"Cocody Riviera {r.randint(2, 4)}, lot {n}, ilot {r.randint(1, 40)}", f"Rue {r.randint(1, 30)} Treichville, porte {n}",
                          f"Yopougon Sicogi, bât {r.choice('ABCDE')} porte {n}", f"{r.randint(1, 28):02d} BP {r.randint(100, 9999)}",
                          f"Marcory Zone 4, rue Paul Langevin, villa {n}"])
        elif cc == "ML":
            a = r.choice([f"Rue {r.randint(100, 600)} porte {n}, ACI 2000", f"Hamdallaye ACI rue {r.randint(100, 600)} porte {n}",
                          f"Badalabougou Est rue {r.randint(10, 150)} porte {n}", f"BP E {r.randint(100, 5000)}"])
        elif cc == "CM":
            a = r.choice([f"Rue {r.randint(1, 3)}.{r.randint(100, 999)} Bonapriso", f"Quartier Bastos, rue {r.randint(1000, 1999)}",
                          f"Carrefour Biyem-Assi, derrière la pharmacie, maison {n}", f"BP {r.randint(100, 9999)}",
                          f"Akwa, rue Joss n° {n}", f"Essos, entrée Chapelle, porte {n}"])
        elif cc == "CD":
            a = r.choice([f"Av. Kasa-Vubu n°{n}, C/Kalamu", f"{n} av. de la Justice, Gombe", f"Q/Matonge, av. Kanda-Kanda {n}",
                          f"av. Lumumba n° {n}, Q. Industriel", f"{n}, avenue Colonel Mondjiba, Ngaliema", f"n° {n} av. Bongolo, C/Kalamu"])
        elif cc == "CG":
            a = r.choice([f"{n} rue Mbochis, Poto-Poto", f"{n} avenue de la Paix, Moungali", f"rue Mfoa n° {n}, Bacongo"])
        elif cc == "MG":
            a = r.choice([f"Lot II M {n} Antsakaviro", f"Lot VK {n} Bis Ankadifotsy", f"Lot {r.randint(1, 9)}{r.choice('ABCDFGHKM')} {n} Ambohipo",
                          f"lot IVG {n} Antanimena", f"Lot {n} Cité 67 Ha"])
            if r.random() < 0.5:
                pc = r.choice(["101", "102", "103", "105", "501", "110"])
        elif cc == "MU":
            a = r.choice([f"{n} Royal Road", f"{n} Rue Pasteur", f"{n}, Avenue des Flamboyants", f"Morcellement Ramdin, Lane {r.randint(1, 9)}",
                          f"{n} St Jean Road", f"{n} Sir Seewoosagur Ramgoolam St", f"Apt {r.randint(1, 30)}, Résidence Les Palmiers, {n} La Louise"])
            if r.random() < 0.4:
                pc = r.choice(["72426", "74405", "11302", "71259", "30512", "50702"])
        elif cc == "RE":
            a = r.choice([f"{n} rue de Paris", f"{n} chemin des Lataniers", f"Résidence Les Alizés, Bât {r.choice('ABC')}, Apt {r.randint(1, 40)}",
                          f"{n} impasse des Goyaviers", f"{n} bd de la Providence", f"{n} rue Juliette Dodu", f"{n} allée des Flamboyants",
                          f"{n} ch. Bœuf Mort"])
            pc = r.choice(["97400", "97410", "97460", "97420", "97430", "97440", "97490", "97411"])
        elif cc == "AO":
            a = r.choice([f"Rua Comandante Valódia nº {n}, 3º andar", f"Bairro Maianga, Rua {r.randint(1, 30)}, casa {n}",
                          f"Rua Rainha Ginga {n}", f"Av. Deolinda Rodrigues, km {r.randint(5, 30)}, casa {n}", f"Talatona, Condomínio Atlântico, casa {n}"])
        elif cc == "MZ":
            a = r.choice([f"Av. Eduardo Mondlane nº {r.randint(100, 3000)}, 2º andar, flat {r.randint(1, 20)}", f"Bairro Polana Caniço B, Q. {r.randint(1, 60)}, casa {n}",
                          f"Av. Julius Nyerere {n}", f"Rua da Resistência nº {n}", f"Av. 24 de Julho, nº {n}"])
            if r.random() < 0.3:
                pc = r.choice(["1100", "1102", "1114", "2100"])
        else:
            a = r.choice([f"Rua Cidade do Funchal {n}, Achada Santo António", f"Rua de Lisboa nº {n}", f"Palmarejo, Rua {r.randint(1, 20)}, casa {n}",
                          f"Rua Libertadores d'África {n}", f"Monte Sossego, casa {n}"])
            if r.random() < 0.3:
                pc = r.choice(["7600", "7610", "2110"])
        parts = [(a, "address")]
        if cc == "RE" or (pc and r.random() < 0.5):
            sep = r.choice([", ", " "])
            if pc:
                parts += [(sep, "o"), (pc, "postcode"), (" ", "o"), (city, "~")]
            else:
                parts += [(sep, "o"), (city, "~")]
        else:
            if r.random() < 0.6:
                parts += [(r.choice([", ", " - ", " "]), "o"), (city, "~")]
            if pc:
                parts += [(r.choice([" ", ", cp "]), "o"), (pc, "postcode")]
        return parts

    # --- slots
    def slot(self, key):
        r = self.r
        g1, f1 = None, None
        if key in ("G", "F", "FULL", "CRM", "TF", "FG", "POSS", "NAME", "DRC"):
            g1, f1, cult = self.person()
        if key in ("G2", "F2", "FULL2", "NAME2"):
            g1, f1, cult = self.person(second=True)
            key = key[:-1]
        if key == "G":
            return [(g1, "name")]
        if key == "F":
            return [(f1, "name")]
        if key == "FULL":
            if self.cult == "malagasy" and r.random() < 0.5:
                return [(f1.upper() if r.random() < 0.5 else f1, "name"), (" ", "o"), (g1, "name")]
            return [(g1, "name"), (" ", "o"), (f1, "name")] if r.random() < 0.5 else [(f"{g1} {f1}", "name")]
        if key == "CRM":
            return [(f"{f1.upper()}, {g1}", "name")] if r.random() < 0.6 else [(f1.upper(), "name"), (", ", "o"), (g1, "name")]
        if key == "FG":
            return [(f"{f1.upper()} {g1}", "name")]
        if key == "DRC":
            # nom, postnom, prenom (DRC) or family-first form
            g, f = POOLS[cult]
            extra = self._pick(f)
            if extra == f1:
                return [(f"{f1.upper()} {g1}", "name")]
            return [(f"{f1.upper()} {extra.upper()} {g1}", "name")]
        if key == "TF":
            return [(self.title() + " ", "o"), (f1, "name")]
        if key == "POSS":
            return [(g1, "name"), (r.choice(["'s", "’s"]), "o")]
        if key == "NAME":
            return self.slot(r.choice(["G", "F", "FULL", "FULL", "TF", "CRM"]))
        if key == "NICK":
            nk = self._pick(NICKS[self.cult])
            return [(r.choice(['"', "'", "aka "]), "o"), (nk, "name"), (r.choice(['"', "'", ""]), "o")] if r.random() < 0.7 else [(nk, "name")]
        simple = {"PH": ("phone", self.phone), "EM": ("email", self.email), "CARD": ("card", self.card),
                  "NID": ("id", self.nid), "ACC": ("id", self.acct), "TCK": ("id", self.ticket),
                  "TXN": ("id", self.txn), "MTR": ("id", self.meter), "PLATE": ("id", self.plate),
                  "HANDLE": ("id", self.handle), "PASS": ("id", self.passport), "IBAN": ("iban", self.iban),
                  "IP": ("ip", self.ip), "URL": ("url", self.url), "DOB": ("dob", self.dob)}
        if key in simple:
            lab, fn = simple[key]
            return [(fn(), lab)]
        if key == "EM2":
            self.person(second=True)
            return [(self.email(second=True), "email")]
        if key == "C4":
            return [(_digits(r, 4), "card")]
        if key == "ADDR":
            return self.address()
        if key == "PC":
            pcs = {"RE": ["97400", "97410", "97460", "97470"], "MU": ["72426", "74405", "11302"], "MG": ["101", "103", "501"],
                   "SN": ["10200", "11000"], "MZ": ["1100", "1102"], "CV": ["7600"]}.get(self.cc, ["97400"])
            return [(r.choice(pcs), "postcode")]
        if key == "DOBC":
            return [(r.choice(["dob ", "DOB ", "d.o.b. ", "born ", "DOB: ", "date of birth ", "né le ", "née le ", "DN ", "nascido a ", "b. ", "dob:"]), "o"), (self.dob(), "dob")]
        # ---- o fillers
        o = {
            "BR": lambda: r.choice(self.cd["brands"]),
            "BR2": lambda: self._other(self.cd["brands"], "BR"),
            "CITY": lambda: r.choice(self.cd["cities"]),
            "CITY2": lambda: self._other(self.cd["cities"], "CITY"),
            "CITYX": lambda: r.choice(C[r.choice([k for k in C if k != self.cc])]["cities"]),
            "PLACE": lambda: r.choice(self.cd["places"]),
            "CTRY": lambda: r.choice(COUNTRY_NAMES[self.cc]),
            "AMT": lambda: self.cd["cur"](r),
            "AMT2": lambda: self.cd["cur"](r),
            "TEAM": lambda: r.choice(TEAMS),
            "TEAM2": lambda: self._other(TEAMS, "TEAM"),
            "MODEL": lambda: r.choice(MODELS),
            "DAY": lambda: r.choice(DAYS),
            "MON": lambda: r.choice(MONTHS),
            "DATE": lambda: r.choice([f"{r.randint(1, 28)}/{r.randint(1, 12)}", f"{r.randint(1, 28)} {r.choice(MONTHS)}", r.choice(["today", "yesterday", "last week", "this morning", "2 days ago", "ce matin"])]),
            "TIME": lambda: r.choice([f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45', '05', '50'])}", f"{r.randint(1, 11)}{r.choice(['am', 'pm'])}", f"{r.randint(7, 21)}h{r.choice(['', '30', '15'])}"]),
            "NUM": lambda: str(r.choice([2, 3, 4, 5, 6, 10, 12, 15, 24, 48, 72])),
            "CX": lambda: r.choice(CX),
            "THX": lambda: r.choice(THX),
            "SH": lambda: r.choice(SHORT),
            "ISSUE": lambda: r.choice(ISSUES),
            "ISSUE2": lambda: r.choice(ISSUES),
            "FOLLOW": lambda: r.choice(FOLLOW).replace("{T}", r.choice(TEAMS)).replace("{D}", r.choice(DAYS)),
            "BUNDLE": lambda: r.choice(["Pass Jour", "Illimix", "Yaatal", "Pass Internet 1Go", "Kozy 5GB", "Mega Bundle", "Net Mensal", "Mo Fibre 30", "Gig Plus", "Bonus Wave", "Pack Nuit", "Forfait 20h", "Yello Bundle", "MTN Wanda", "Airtel Tosolola"]),
            "HELLO": lambda: r.choice({"SN": ["Na nga def", "Salam"], "CI": ["Akwaba", "Yako"], "ML": ["I ni ce", "Bonjour"],
                                       "CM": ["Mbolo", "Bonjour"], "CD": ["Mbote", "Jambo"], "CG": ["Mbote"], "MG": ["Manao ahoana", "Salama"],
                                       "MU": ["Bonzour", "Hi"], "RE": ["Bonjour", "Salut"], "AO": ["Olá", "Bom dia"],
                                       "MZ": ["Olá", "Xewani"], "CV": ["Olá", "Bon dia"]}[self.cc] + ["Hi", "Hello"]),
            "KIN": lambda: r.choice(["tonton", "tantie", "maman", "papa", "his wife", "her son", "her daughter", "the husband", "his brother", "la grande sœur", "cousin", "mother", "tio", "tia", "avó"]),
        }
        if key in o:
            v = o[key]()
            self._used[key] = v
            return [(v, "o")]
        raise KeyError(key)


# ---------------------------------------------------------------- templates
# {X} = slot; everything else is kept text ("o").
T_PII = [
    "Cust: {CRM} | Acct {ACC} | issue: {ISSUE} | {FOLLOW}",
    "{CX} {FULL} called re {ISSUE} on {BR}, verified w/ {NID_CUE} {NID} and dob {DOB}. {FOLLOW}",
    "{G} rang again abt the {AMT} sent to wrong number {PH}, {SH} reverse it, {THX}",
    "{TF} wants refund of {AMT}, ticket {TCK}, callback on {PH}",
    "spoke w/ {G} ({KIN} of acct holder {FULL2}), told her we can only talk to the holder",
    "{CX} {FULL} new address: {ADDR}. email {EM}. {FOLLOW}",
    "Name: {CRM} - DOB: {DOB} - Tel: {PH} - Email: {EM}",
    "{POSS} {BR} wallet blocked after 3 wrong PIN, unblocked after KYC ({NID_CUE} {NID}) {THX}",
    "customer win!! {G} was about to port to {BR2}, offered {BUNDLE} and {CX} stayed :)",
    "{TF} very upset, {AMT} debited twice for {BR} bill, contract {ACC}, escalated to {TEAM}",
    "Hi team, {FULL} called on {DAY} about meter {MTR}, no token after paying {AMT}. Please check. {THX}",
    "cx said her name is {FULL} {NICK}, number {PH}, lives {ADDR}",
    "card ending {C4} declined on {BR} top-up, {CX} {F} asked for callback {TIME}",
    "txn id {TXN} – {AMT} to {FULL2} not received, sender {FULL}, {PH}",
    "{G} {F} {DOBC}, {NID_CUE} {NID}, SIM swap done at {PLACE} shop",
    "Customer {FG} requests IBAN change to {IBAN} for salary. Verified. {FOLLOW}",
    "{CX} {G} complaining abt {ISSUE}, IP {IP}, router {MODEL}, reset remotely",
    "fraud flag: someone used {URL} to impersonate {FULL}, {CX} tel {PH}, sent to {TEAM}",
    "{CRM} // {PH} // {EM} // wants paper bill at {ADDR}",
    "{TF} {SH} call back re {ISSUE}, alt number {PH}",
    "Mme {F} said thx to agent, {G} was super patient lol. ref {TCK}",
    "{G2} called for {KIN} {G}, pls do not discuss acct {ACC} without consent",
    "{G} from {CITY}, msisdn {PH}, {BR} {ISSUE}, {FOLLOW}",
    "KYC upgrade: {FULL}, {NID_CUE} {NID}, {DOBC}, address {ADDR}",
    "{DRC} visited {PLACE} agent, cash-out {AMT} failed, ref {TXN}",
    "plate {PLATE} – {CX} {FULL} says tow truck from {BR} never came, claim {TCK}",
    "{G} dm'd us on insta {HANDLE}, wants to know why {BUNDLE} expired early",
    "passport {PASS} used for SIM reg, holder {FULL}, {DOBC}",
    "email from {EM}: 'my bill is wrong pls help' – matched to acct {ACC} ({CRM})",
    "called {FULL} back at {TIME} on {PH}, no answer, left msg",
    "{CX} {F} changed payout card to {CARD}, flagged by {TEAM}",
    "{TF} ({G}) wants bill sent to {EM2} instead of {EM}",
    "chat w/ {G} b4 closing: she confirmed postcode {PC} and phone {PH}",
    "{FULL} – {ISSUE} – {BR} – {AMT} – {FOLLOW}",
    "new sub: {CRM}, {DOBC}, {ADDR}, {PH}",
    "{G} said her {KIN} {G2} took the phone, wants line {PH} barred asap",
    "Agent note: {TF} very rude, threatened to go to {BR2}. Retained w/ {BUNDLE}. {THX} {TEAM}",
    "{CX} gave wrong dob ({DOB}) so KYC failed, {FULL} to come to {PLACE} with {NID_CUE}",
    "{G} {F} called 3x today!! {ISSUE} on {BR}. acct {ACC}",
    "refund {AMT} to iban {IBAN} approved for {CRM}",
    "wallet of {FULL} linked to card {CARD}, customer says not his card, blocked",
    "{HELLO} {G}, ur ticket {TCK} is closed – message sent via SMS to {PH}",
    "cx {G} {NICK} from {CITY} complains about {ISSUE}, promised credit of {AMT}",
    "meter no {MTR} belongs to {TF}, {ADDR}, tenant is {FULL2}",
    "{CX}: {FULL}\naddr: {ADDR}\ntel: {PH}",
    "login attempts from {IP} on {POSS} {BR} account, password reset sent to {EM}",
    "{FULL} {DOBC}, wants to open {BR} merchant acct, website {URL}",
    "Dear team, kindly assist {TF} ({PH}) whose {BR} payment of {AMT} on {DATE} is pending. Regards",
    "{FG} | {NID_CUE} {NID} | {PH} | {ISSUE}",
    "Spoke to {G} at {TIME}. {G2} is the account holder, DOB {DOB}. {FOLLOW}",
    "{G} thanked us for sorting the {BR} {ISSUE} so fast, said {G2} at {PLACE} was great",
    "transfer {TXN} from {PH} to {PH2} reversed, {AMT} back in wallet",
    "{F} fam called abt late fees on contract {ACC}, paying by card {CARD} now",
    "{CX} in {CTRY} but line registered to {FULL}, {NID_CUE} {NID}",
    "customer win: {TF} from {CITY} upgraded to {BUNDLE} after chat, new plan live {DAY}",
    "{CRM} dob {DOB} {PH} {EM}",
    "{G} says she moved to {ADDR}, update billing, {THX}",
    "Priority: {FULL}, tel {PH}, no power since {DAY}, meter {MTR}, sent {TEAM}",
    "{KIN} {F} came w/ {G} to {PLACE} for SIM replacement, id {NID}",
    "sent OTP to {PH} for {G}, she couldnt read it, resent",
    "name on acct: {FULL} / ordered {MODEL} / order {TXN} / deliver {ADDR}",
    "cx {F} {G} {DOBC} asked for statement to be emailed to {EM}",
    "{G} (tel {PH}) wants to know if {BR} works in {CITY2}",
    "@ {TEAM}: pls unblock {POSS} line {PH}, paid {AMT} at {PLACE}",
    "Call from {TF}, ref client {ACC}, {ISSUE}; {G2} from {TEAM} to call back",
]
T_PII += [
    "{G} {F} contact {PH} or {EM}, fb {URL}",
    "cx {G} paid w/ card **** **** **** {C4}, charged {AMT} twice on {BR}, {FOLLOW}",
    "Bonjour, this is about {TF}, {NID_CUE} {NID}, born in {CITY} on {DOB}. Pls update record",
    "vip: {FULL} ({TEAM}), line {PH} and {PH2}, do NOT suspend",
    "{G} {SH} wants e-bill to {EM}; old paper address {ADDR}",
    "tried {PH} x{NUM}, {G} finally picked up, said {KIN} {G2} handles the {BR} bill",
]

T_NONE = [
    "{CX} called re {ISSUE} on {BR}, {FOLLOW}",
    "{BR} outage in {CITY} since {TIME}, {NUM} calls so far, {TEAM} aware",
    "customer win! retained {NUM} subs today w/ {BUNDLE} offer {THX} {TEAM}",
    "{ISSUE} again – {BR} app crashing on {MODEL}, told cx to update",
    "{BR} promo {BUNDLE} ends {DAY}, cx asked if valid in {CITY}",
    "cust wants to know {BR} agent near {PLACE}, gave list",
    "cx abroad in {CITYX}, roaming on {BR} not working, {FOLLOW}",
    "{DAY} {TIME}: {NUM} complaints about {ISSUE} from {PLACE} area. Fwd {TEAM}",
    "Reminder: {TEAM} closes at {TIME} on {DAY}, send escalations to {TEAM2}",
    "price for {BUNDLE} is {AMT}, cx thought it was {AMT2}, explained",
    "{HELLO}! cx just wanted to say thanks for fixing {ISSUE} lol",
    "queue {TEAM} overloaded, avg wait {NUM} min, {SH}",
    "{CX} asked difference between {BR} and {BR2} fees, sent tariff sheet",
    "meter token issue {PLACE}, {BR} confirmed system down until {TIME}",
    "cx bought {MODEL} at {PLACE}, wants {BUNDLE}, activated",
    "tmrw {DAY} maintenance on {BR} from {TIME}, pls warn cx",
    "cx in {CITY} says no {BR} network near {PLACE} for {NUM} days",
    "cash-out limit is {AMT} per day for unverified wallets, explained to cx",
    "{NUM} tickets left in {TEAM} queue b4 end of shift",
    "cust called from {CTRY}, asked about {BR} international transfer, fee {AMT}",
    "{BR} bill for {MON} higher bc of estimated reading, {FOLLOW}",
    "flight delayed at {PLACE}, cx wants data bundle {BUNDLE} refunded, {FOLLOW}",
    "KYC docs accepted at all {BR} shops in {CITY}, incl {PLACE}",
    "{CX} happy w/ {TEAM}, said fastest service ever {THX}",
    "outage {CITY} / {CITY2} – fibre cut near {PLACE}, ETR {TIME}",
    "customer asked how to pay {BR} bill with {BR2}, walked through USSD",
    "Bundle {BUNDLE} not applied after {AMT} recharge, {FOLLOW}",
    "{MON} campaign: {BR} double data on {DAY}s, cx confused",
    "{CX} wants a {MODEL}, out of stock at {PLACE}, back {DAY}",
    "Training for {TEAM} moved to {DAY} {TIME}, room at {PLACE}",
    "cx complained about agent at {PLACE} charging extra {AMT} for cash-in",
    "{CX} rang {NUM} times about {ISSUE}, still unresolved, {SH} {TEAM}",
    "{HELLO}, cx asked if {BR} works at {PLACE} on {DAY}, yes",
    "general: {BR} USSD code changed, update scripts b4 {DAY}",
    "ok so cx was rly confused abt {BUNDLE} vs {ISSUE} lol, explained twice",
    "Note for {TEAM}: {BR2} partners at {PLACE} are offline, redirect cx to {CITY}",
    "closing ticket, cx confirmed {ISSUE} fixed after restart of {MODEL}",
    "{CX} in {CTRY} wants {AMT} top-up via {BR}, done",
    "cust wins this week: {NUM} saves in {TEAM}, {NUM} in {TEAM2}",
]

_SLOT = re.compile(r"\{([A-Z_0-9]+)\}")


def _render(note, tpl):
    parts = []
    pos = 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            parts.append((tpl[pos:m.start()], "o"))
        key = m.group(1)
        if key == "NID_CUE":
            parts.append((note.nid_cue(), "o"))
        elif key == "PH2":
            parts.append((note.phone(), "phone"))
        else:
            parts.extend(note.slot(key))
        pos = m.end()
    if pos < len(tpl):
        parts.append((tpl[pos:], "o"))
    return parts


def _post(r, parts):
    """style variations: newlines -> ' | ', all-lower, typos, merge o parts."""
    parts = [(t.replace("\n", r.choice([" | ", " - ", "; "])), l) for t, l in parts]
    if r.random() < 0.36:
        parts = [(t.lower(), l) for t, l in parts]
    elif r.random() < 0.08:
        parts = [(t.upper() if l == "name" else t, l) for t, l in parts]
    typos = {"received": "recieved", "address": "adress", "account": "acount", "because": "becuase",
             "please": "pls", "customer": "cust", "the ": "teh ", "with": "wiht"}
    out = []
    for t, l in parts:
        if l == "o" and r.random() < 0.1:
            for a, b in typos.items():
                if a in t and r.random() < 0.5:
                    t = t.replace(a, b, 1)
        if out and out[-1][1] == l == "o":
            out[-1] = (out[-1][0] + t, "o")
        elif t or l != "o":
            out.append((t, l))
    return out


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(_fold(w) for w in listed)
    r = random.Random(SEED)
    notes, seen = [], set()
    n_none = round(N_NOTES * 0.45)
    kinds = ["none"] * n_none + ["pii"] * (N_NOTES - n_none)
    r.shuffle(kinds)
    for kind in kinds:
        for _ in range(200):
            tpl = r.choice(T_NONE if kind == "none" else T_PII)
            note = _Note(r, listed)
            try:
                parts = _render(note, tpl)
            except _Fail:
                continue
            parts = _post(r, parts)
            text = "".join(t for t, _ in parts)
            nw = len(text.split())
            if text in seen or not (5 <= nw <= 45) or "\n" in text:
                continue
            seen.add(text)
            notes.append(parts)
            break
        else:
            raise RuntimeError("could not build a note")
    return notes


# ---------------------------------------------------------------- self check
def _selfcheck():
    from collections import Counter
    sample = frozenset({"diop", "fatou", "kouassi", "rakotomalala", "payet", "silva", "jean", "marie",
                        "traore", "mbala", "ravi", "tavares", "koffi", "hery", "machel"})
    notes = blind_notes(sample)
    assert len(notes) == N_NOTES, len(notes)
    texts = ["".join(t for t, _ in n) for n in notes]
    assert len(set(texts)) == N_NOTES, "duplicate notes"
    cnt = Counter()
    lower = nopii = 0
    for n, text in zip(notes, texts):
        assert "\n" not in text
        assert 5 <= len(text.split()) <= 45, text
        for t, l in n:
            assert l in LABELS, l
            cnt[l] += 1
            if l != "o":
                assert t and t == t.strip(), (t, l, text)
            if l == "name":
                for w in _SPLIT.split(t):
                    assert _fold(w) not in sample, (t, text)
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in n):
            nopii += 1
    assert notes == blind_notes(sample), "not deterministic"
    print("templates: pii=%d none=%d" % (len(T_PII), len(T_NONE)))
    for lab in LABELS:
        print(f"  {lab:9s} {cnt[lab]}")
    print(f"all-lower share: {lower / N_NOTES:.3f}")
    print(f"no-personal-data share: {nopii / N_NOTES:.3f}")
    for text in texts[:12]:
        print("  >", text)


if __name__ == "__main__":
    _selfcheck()
