"""Blind evaluation set: customer-care "customer win" notes.

Region: US South / Midwest / Southwest, Puerto Rico, English-speaking Caribbean.
Standard library only, deterministic.
"""
import random
import re
import unicodedata

SEED = 20240917

LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")

N_NOTES = 1000

# ---------------------------------------------------------------- helpers


def _fold(w: str) -> str:
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c))
    return w.lower()


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s\-'\u2019.]+", name) if p]


def _name_ok(name: str, listed: frozenset) -> bool:
    return not any(_fold(p) in listed for p in _parts(name))


# ---------------------------------------------------------------- name pools

def _p(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


CULTURES = {
    "african_american": {
        "m": _p("DeShawn Jamal Tyrone Darnell Marquis Jaylen Deandre Keyshawn Trevon Demetrius "
                "Lamar Rashad Terrell Javion Kendrick Dajuan Jermaine Cedric Montrell Ja'Quan "
                "Tavarius Quandarius Keon Reggie Dwayne Antwan Jabari Malik Kenyatta Zaire Amari "
                "Ladarius Tremaine"),
        "f": _p("Keisha Shaniqua LaToya Tamika Imani Aaliyah Jazmine Ebony Precious Destiny "
                "Shanice Tanisha Kiara Nia Latrice Danesha Jaliyah Nevaeh Ta'Nya Kenyetta "
                "Sha'Carri Quanisha Tyesha Dasia Makayla Laquita Shemeka Aniyah Zariah Chaka "
                "Unique Lakeisha Ja'Niyah"),
        "s": _p("Washington Jefferson Jackson Freeman Robinson Booker Mosley Gaines Battle "
                "Dukes Holloway Peoples Haynes Pettaway Toussaint Mayfield Grier Pugh Calloway "
                "McCray Ruffin Dorsey Wigfall Barnwell Spruill Gadsden Lockhart Whitfield "
                "Merriweather Outlaw Gilliam Tolliver"),
    },
    "southern_white": {
        "m": _p("Billy_Ray Bobby_Joe Jimmy_Dale Wade Cody Colt Dusty Rusty Buck Travis Clint "
                "Hoyt Dwight Earl Luther Beau Jeb Wyatt Tucker Cooper Hunter Ricky_Lynn Boone "
                "Cletus Harlan Junior Bubba Skeeter Dalton Waylon Garth Hank Tanner"),
        "f": _p("Mary_Beth Sue_Ellen Betty_Jo Lacey Brandy Crystal Tammy Loretta Darlene "
                "Dixie Reba Jolene Amber Savannah Magnolia Lula_Mae Ima Opal Wanda Billie_Jean "
                "Raylene Kaylee Shelby Ansley Harper Tinsley Emmylou Peggy_Sue Lurleen Charla "
                "Bobbie Sissy"),
        "s": _p("Pruitt Hatfield Tidwell Crenshaw Puckett Whitlock Stovall Honeycutt Satterfield "
                "Blankenship Goforth Hollingsworth Overstreet Pickens Rutledge Shackleford "
                "Tubb Culpepper Dinwiddie Yarbrough Pettigrew Stringfellow Beasley Bledsoe "
                "McCaskill Burdette Lovelady Gentry Vickery Ledbetter Cagle Rayburn"),
    },
    "cajun": {
        "m": _p("Jules Beau Remy Andre Alcide Ovide Clovis Theriot Pierre Jean-Luc Lucien "
                "Hippolyte Aurelien Octave Telesphore Ulysse Dudley Noe Placide Leonce Eraste "
                "Ferdinand Gaston Landry Desire Alphonse Achille Etienne Marcel Wilfred Numa "
                "Valsin"),
        "f": _p("Odile Celestine Eulalie Delphine Noelie Octavie Azelie Clothilde Evangeline "
                "Mathilde Amelie Rosalie Lise Aurore Cecile Emeline Honorine Marguerite "
                "Pelagie Solange Zulma Eunice Claudette Josette Yvonne Gisele Nanette Ines "
                "Antoinette Lorena Fabiola Lucille"),
        "s": _p("Boudreaux Thibodeaux Broussard Hebert Arceneaux Guidry Fontenot LeBlanc "
                "Landry Doucet Trahan Guillory Comeaux Babineaux Savoie Richard Melancon "
                "Prejean Robichaux Breaux Champagne Cormier Dupuis Fuselier Ardoin Bergeron "
                "Chiasson Daigle Gautreaux Hebert Lejeune Naquin Pitre Thériot Vidrine"),
    },
    "mexican_tejano": {
        "m": _p("José Juan_Carlos Jesús Guadalupe Refugio Rogelio Arnulfo Eusebio Nicandro "
                "Fidencio Chuy Lalo Beto Memo Pancho Rigoberto Ezequiel Efraín Heriberto "
                "Cuauhtémoc Gilberto Abelardo Baltazar Isidro Leobardo Maximiliano Santiago "
                "Osvaldo Nepomuceno Eliseo Ramiro Joaquín"),
        "f": _p("Guadalupe Xóchitl Itzel Yesenia Maricela Araceli Dulce Esmeralda Marisol "
                "Nayeli Perla Rocío Yadira Zulema Consuelo Griselda Lupita Leticia Socorro "
                "Anahí Ximena Citlali Brisa Belén Milagros Herlinda Ofelia Reyna Selena "
                "Alejandra Maritza Paloma"),
        "s": _p("Garza Treviño Saldaña Villarreal Cantú Zamora Ybarra Escobedo Olivarez "
                "Longoria Hinojosa Cavazos Salinas Peña Benavides Quintanilla Maldonado "
                "Barrientos de_la_Garza de_León Gutiérrez Elizondo Zavala Montemayor Chapa "
                "Alaniz Tijerina Arredondo Ochoa Sepúlveda Castañeda Resendez"),
    },
    "puerto_rican": {
        "m": _p("Yadiel Jeniel Luis_Ángel Xavier Edwin Wilfredo Héctor Javier Yamil Jan_Carlos "
                "Omar Ismael Ángel Efraín Nelson Radamés Josué Gadiel Yariel Jomar Nestor "
                "Wilmer Eliezer Jaime Orlando Pedro_Juan Eddie Ruben Moisés Axel Jeremías "
                "Iván"),
        "f": _p("Yaritza Yesenia Nilda Zoraida Gladys Mildred Lizmarie Yomaira Keishla "
                "Glorimar Nitza Wanda Ivelisse Jannette Marangely Coralys Yarimar Lourdes "
                "Nayda Marisel Carmen_Iris Awilda Damaris Omayra Yolanda Liza Sonimar "
                "Xiomara Sheila Brenda Ada Noemí"),
        "s": _p("Rivera Rodríguez Colón Ortiz Cruz Santiago Torres Figueroa Vázquez Negrón "
                "Rosario Maldonado Quiñones Irizarry Pagán Ayala Cintrón Nieves Rivera_Ortiz "
                "Báez Feliciano Acevedo Lebrón Matos Ocasio Pabón Del_Valle de_Jesús Velázquez "
                "Otero Alicea Meléndez Centeno Burgos"),
    },
    "cuban_american": {
        "m": _p("Yosvany Yunior Osniel Yoandri Alexei Raúl Ernesto Lázaro Orestes Reinaldo "
                "Rolando Pepe Manolo Yusniel Yasiel Dayron Maikel Yandel Roberto Eduardo "
                "Armando Adalberto Yordanis Leonel Yuniel Camilo Fidel Norberto Humberto "
                "Yanko Arsenio Yoel"),
        "f": _p("Yaima Yanelis Yudelkis Mayelín Odalys Dayana Yamilé Marlenys Yanet Yuneisy "
                "Daymara Lisandra Idania Mirtha Caridad Zenaida Yordanka Madelín Yuliet "
                "Iliana Barbarita Niurka Oneida Zoila Migdalia Yusimí Xiomara Yanisleidy "
                "Maritza Elsa Gisela Yamila"),
        "s": _p("Fernández Pérez Hernández Díaz Álvarez Suárez Cabrera Delgado Sosa Valdés "
                "Rodríguez_Alfonso Pupo Echevarría Menéndez Quintana Llanes Batista Machado "
                "Rizo Estrada Leyva Carballo Espinosa Fonseca Gómez_Pupo Betancourt Iglesias "
                "Portuondo Arencibia Cárdenas Urquiza Zayas"),
    },
    "native_american": {
        "m": _p("Ahiga Nakai Tahoma Chaske Wanbli Mato Takoda Ahanu Enapay Ohanzee Kee "
                "Delbert Leland Virgil Duane Lonnie Tyrel Wilbert Lorenzo Dakota Hosteen Sequoyah "
                "Tsali Kanuna Wahya Inola Tatanka Hehaka Wakiya Cochise Keme Elsworth"),
        "f": _p("Shandiin Nizhoni Ahyoka Winona Dezba Aiyana Kimimela Wichapi Tallulah Kaya "
                "Yanaba Adsila Galilahi Tayanita Nascha Ayasha Cheyenne Dyani Halona "
                "Bernadine Charlene Roberta Lorraine Marlene Tiana Wahchinksapa Zitkala "
                "Magaskawee Ahwenasa Jolene Verna Orenda"),
        "s": _p("Begay Yazzie Benally Tsosie Nez Tso Etsitty Bitsui Manygoats Yellowhair "
                "Silversmith Chee Two_Bulls Red_Cloud Iron_Shell Little_Thunder Black_Elk "
                "White_Bull Eagle_Heart Crow_Dog Standing_Bear Kills_Enemy Looking_Horse "
                "Brave_Heart Sixkiller Swimmer Walkingstick Oosahwee Chuculate Teehee "
                "Fourkiller Cornsilk Bearpaw Ketcher Tohee"),
    },
    "hmong_american": {
        "m": _p("Tou Pao Chue Blong Fue Kong Lue Neng Pheng Toua Xeng Yeng Cheng Chong Nhia "
                "Teng Koua Ger Chai Doua Long Meng Nao Seng Txawj Tswv Vam Xai Tub Ntxawg "
                "Nou_Xai Bee"),
        "f": _p("Mai Maiv Paj Kia Yia Nou Ntxhi Xee Sheng Mee Bao Chia Youa Choua Kalia "
                "Mai_Nou Mai_Yer Pang Xia Zoua Der Dia Ying Tia Kazoua Gaonou Blia Nkauj Kao "
                "Shoua Paje Ntxawm"),
        "s": _p("Vang Xiong Yang Thao Moua Her Lor Lo Vue Chang Hang Khang Kue Cha Chue "
                "Fang Ly Pha Song Thor Thoj Yaj Vaj Xyooj Muas Hawj Lauj Vwj Tsab Kwm Heu "
                "Vu Lis Hue"),
    },
    "filipino_american": {
        "m": _p("Jun Bong Jojo Rommel Ferdinand Romeo Arnel Ariel Reynaldo Rodel Jomar "
                "Mark_Anthony John_Paul Jericho Dindo Efren Nonoy Boyet Jhun Rolando Danilo "
                "Marlon Edgardo Rizaldy Leonardo Bienvenido Teodoro Joselito Ronaldo Rey "
                "Emmanuel Jayson"),
        "f": _p("Maricel Rowena Jovelyn Marites Lorna Analyn Rosalinda Luzviminda Cristina "
                "Mylene Jocelyn Lovely Precious Charmaine Girlie Baby Jinky Mae_Ann Princess "
                "Arlene Divina Imelda Remedios Teresita Rhodora Leizel Aileen Honeylyn "
                "Sheryl Jennylyn Mary_Grace Marivic"),
        "s": _p("Dela_Cruz Santos Reyes Bautista Ocampo Mendoza Villanueva Dimaculangan "
                "Macaraeg Pangilinan Manalo Lacson Dizon Tolentino Soriano Aquino Magbanua "
                "Salonga Buenaventura Panganiban Malabanan Catacutan Dumlao Agbayani Sison "
                "Tuazon Evangelista Cabrera Mercado Gatchalian Lumibao Sumaylo"),
    },
    "jamaican": {
        "m": _p("Delroy Winston Clive Devon Leroy Fitzroy Errol Desmond Neville Orville "
                "Junior Omar Shane Kemar Andre Romaine Odane Tajay Rohan Kimani Jermaine "
                "Ricardo Courtney Garfield Lascelles Oneil Sanjay Dwight Oral Paul_Anthony "
                "Shamar Dujon Kaheem"),
        "f": _p("Hyacinth Marcia Sophia Shelly-Ann Shericka Kerry-Ann Tashana Jodian Peta-Gaye "
                "Simone Shantae Nordia Karlene Shauna-Kay Nickeisha Tamoy Sanique Trudy-Ann "
                "Yanique Fiona Beverly Merline Joy Monique Tanesha Kadian Shanakay Rushell "
                "Claudette Pauline Opal Everlyn"),
        "s": _p("Campbell Brown Williams Thompson McKenzie Grant Reid Bailey Morgan Francis "
                "Ricketts Chambers Beckford Plummer Bogle Barrett Gayle Malcolm Wright "
                "Powell Samuels Ellis Henry Lindo McFarlane Ebanks Shirley Stewart Dacosta "
                "Spence Wint Anglin Haughton"),
    },
    "indo_trinidadian": {
        "m": _p("Ravi Vishnu Rajesh Anil Sunil Deodath Surujdath Kamal Basdeo Ramesh Rajindra "
                "Vijay Harrichand Dinesh Kishore Devendra Satnarine Rakesh Sanjeev Krishna "
                "Ramdath Narine Shiva Avinash Indar Deonarine Ganesh Sookdeo Sahadeo "
                "Bhisham Rudranath Chandrabhan"),
        "f": _p("Savitri Indira Kamla Shanti Lakshmi Radhika Sunita Geeta Anjali Rajmattie "
                "Sattie Parbatee Doolarie Soomintra Vidya Kavita Priya Nalini Shalini "
                "Chandra Rookmin Bhagwantie Leela Drupatie Kiran Asha Seeta Latchmin "
                "Rita Nadira Sharda Vashti"),
        "s": _p("Ramdial Persad Maharaj Ramkissoon Ramsaroop Boodoo Seepersad Rampersad "
                "Mohammed Ali Khan Jaggernauth Baksh Ramoutar Sookdeo Roopnarine Singh "
                "Ragoonanan Bissoon Dookie Jagessar Hosein Ramlogan Ramcharan Ramnath "
                "Beharry Samaroo Sankar Maraj Dookhan Lutchman Mahabir Gopaul"),
    },
    "bajan": {
        "m": _p("Alwyn Carlisle Hartley Wendell Rawle Dexter Ryan Kemar Shamar "
                "Corey Nigel Colin Sherlock Ricky Jabarry Dario Carlos Marlon Kerwin Renaldo "
                "Deighton Emerson Gline Hilton Lennox Orlando Elvis Tyrone Shaquille Jason "
                "Dwayne Desmond"),
        "f": _p("Rihanna Shontelle Kirsten Shanika Alicia Tricia Sheena Rochelle Deborah "
                "Hyacinth Sandra Marva Mia Keisha Stacia Jeanella Natasha Shakira Lisa-Ann "
                "Ruth Tamara Charmaine Shelly Kerri Marsha Lorraine Verla Jamila Nikita "
                "Denise Elaine Carol"),
        "s": _p("Clarke Greaves Best Boyce Jordan Alleyne Griffith Straughn Maynard Forde "
                "Holder Gittens Springer Bynoe Gibbs Hoyte Callender Husbands Skeete Corbin "
                "Haynes Ifill Layne Bovell Blackman Mottley Thorne Yearwood Headley Sealy "
                "Bradshaw Rock Cumberbatch"),
    },
    "guyanese": {
        "m": _p("Tajpaul Deoraj Lloyd Eon Clive Rawle Rohan Mahendra Bharrat Ganesh Dwayne "
                "Andrew Shawn Troy Vibert Shivnauth Yogendra Ryan Colwyn Lennox Mortimer "
                "Nandlall Keon Jagdeo Parmanand Deryck Sase Vickram Ravindra Suresh "
                "Desmond Eusi"),
        "f": _p("Bibi Nafeeza Shaleeza Rosaline Celina Donna Sherry Petal Jennifer Rajwantie "
                "Omattie Babita Leila Jasmattie Indranie Sabita Sandra Tiffany Nalisha Deomattie "
                "Shondell Carmella Natasha Urmila Ann-Marie Diana Gail Chandra Yonette "
                "Devika Savitri Oneika"),
        "s": _p("Persaud Ramotar Jagan Hinds Benn Trotman Bacchus Sukhu Jagdeo Ramnarine "
                "Budhoo Nandlall Granger Harmon Nagamootoo Cummings Fraser Sandiford Lall "
                "Ramroop Seecharan Chanderpaul Sarwan Deonarine Boodram Thakur Shivnarine "
                "Gobin Samaroo Bhagwandin Dindyal Persram Mangar Khemraj"),
    },
    "haitian_american": {
        "m": _p("Jean-Baptiste Wilner Fritz Jacques Wesner Ricot Dieudonné Jean-Robert "
                "Lesly Guerby Wilfrid Rodney Ronald Frantz Mackenson Jonel Joseph Pierre-Louis "
                "Jude Evens Ernst Roosevelt Lucson Kervens Schneider Ti-Jean Marc-Arthur "
                "Yves Fednel Peterson Wisler Loubens"),
        "f": _p("Marie-Claire Nadège Rose-Marie Guerline Mirlande Fabiola Nathalie Djenane "
                "Wideline Roseline Marjorie Farah Manoucheka Junie Stephanie Mireille Ketia "
                "Kettly Gina Rachelle Sandrine Vanessa Esther Islande Micheline Jessica "
                "Bertha Lovelie Nerline Widlène Sherlyne Darline"),
        "s": _p("Jean-Baptiste Pierre Joseph Charles Louis Étienne Dorval Desir Noël Augustin "
                "Jean-Louis Saint-Fleur St._Hilaire Toussaint Dessalines Moïse Célestin "
                "Alexis Bien-Aimé Fils-Aimé Exantus Jeune Dorsainvil Laguerre Magloire "
                "Lafontant Guerrier Voltaire Innocent Clervil Préval Thermidor"),
    },
}


CULTURE_REGION = {
    "african_american": ["us"], "southern_white": ["us"], "cajun": ["us"],
    "mexican_tejano": ["us"], "puerto_rican": ["pr", "pr", "us"],
    "cuban_american": ["us"], "native_american": ["us"], "hmong_american": ["us"],
    "filipino_american": ["us"], "jamaican": ["jm", "jm", "us", "bs"],
    "indo_trinidadian": ["tt"], "bajan": ["bb", "bb", "bs"], "guyanese": ["gy", "gy", "us"],
    "haitian_american": ["us", "us", "bs"],
}
TITLES_EN = ["Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr.", "Pastor", "Rev.",
             "Sis", "Bro", "auntie", "Aunty", "Deacon", "Officer", "Coach", "Mister"]
TITLES_ES = ["Sr.", "Sra.", "Srta.", "Don", "Doña", "la señora", "el señor", "Lic."]
TITLES_FR = ["M.", "Mme", "Madame", "Msieu", "Tante", "Nonc", "Mamie"]
SUFFIXES = ["Jr", "Jr.", "III", "II", "Sr."]
NICKS = ["Bubba", "Peanut", "Boo", "Pookie", "Tootie", "Man-Man", "Junebug", "Lil Man",
         "Ti-Boy", "Nene", "Chuchi", "Pito", "Cuca", "Shorty", "Dolly", "Squeaky", "Tata",
         "Bebe", "Mimi", "Kiki", "Pudgy", "Tink", "Sugar", "Red"]

US_CITIES = [("Lafayette", "LA", "705"), ("Houma", "LA", "703"), ("Shreveport", "LA", "711"),
             ("Jackson", "MS", "392"), ("Tupelo", "MS", "388"), ("Memphis", "TN", "381"),
             ("Birmingham", "AL", "352"), ("Dothan", "AL", "363"), ("Little Rock", "AR", "722"),
             ("Tulsa", "OK", "741"), ("Lawton", "OK", "735"), ("Wichita", "KS", "672"),
             ("Omaha", "NE", "681"), ("Des Moines", "IA", "503"), ("St. Paul", "MN", "551"),
             ("Fresno", "CA", "937"), ("El Paso", "TX", "799"), ("Laredo", "TX", "780"),
             ("McAllen", "TX", "785"), ("Brownsville", "TX", "785"), ("San Antonio", "TX", "782"),
             ("Houston", "TX", "770"), ("Albuquerque", "NM", "871"), ("Gallup", "NM", "873"),
             ("Window Rock", "AZ", "865"), ("Tucson", "AZ", "857"), ("Hialeah", "FL", "330"),
             ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Tahlequah", "OK", "744"),
             ("Rapid City", "SD", "577"), ("Kansas City", "MO", "641"), ("Milwaukee", "WI", "532")]
US_AREA = ["337", "504", "985", "318", "601", "662", "901", "205", "334", "501", "918", "405",
           "316", "402", "515", "651", "559", "915", "956", "210", "713", "832", "505", "928",
           "520", "305", "786", "407", "605", "816", "414", "870", "225", "254", "361", "817"]
STREETS = ["Bayou Tigre Rd", "Old Spanish Trl", "Magnolia St", "MLK Jr Blvd", "Pecan Grove Dr",
           "County Rd 4120", "FM 1015", "Hwy 90 E", "Cypress Bend Ln", "N Broad St",
           "Calle Ocho", "Bluebonnet Blvd", "Mesquite Ave", "W Esperanza Dr", "Azalea Ct",
           "Sugar Mill Rd", "Old Hwy 51 S", "Rte 66", "Navajo Route 12", "Frenchmen St",
           "Cotton Gin Rd", "Sunflower Ave", "Prairie View Dr", "S Cherokee Ave"]
PR_TOWNS = ["Bayamón", "Caguas", "Ponce", "Mayagüez", "Carolina", "Arecibo", "Guaynabo",
            "Toa Baja", "Humacao", "Río Piedras", "Aguadilla", "Cayey"]
PR_URBS = ["Urb. Las Gladiolas", "Urb. Villa Carolina", "Urb. Santa Juanita", "Urb. Levittown",
           "Urb. Valle Arriba", "Res. Luis Lloréns Torres", "Cond. Torres del Parque",
           "Urb. Country Club", "Bo. Cerro Gordo", "Parcelas Falú"]
JM_PLACES = [("Greater Portmore", "St. Catherine"), ("Havendale", "Kingston 19"),
             ("Mona Heights", "Kingston 6"), ("Ironshore", "Montego Bay"), ("Old Harbour", "St. Catherine"),
             ("Duhaney Park", "Kingston 20"), ("Ocho Rios", "St. Ann"), ("Mandeville", "Manchester"),
             ("May Pen", "Clarendon"), ("Santa Cruz", "St. Elizabeth")]
JM_STREETS = ["Hope Road", "Constant Spring Road", "Red Hills Road", "Molynes Road",
              "Barbican Road", "Main Street", "Windward Road", "Avenue 4", "Scheme Road"]
TT_PLACES = ["Chaguanas", "San Fernando", "Couva", "Arima", "Tunapuna", "Penal", "Debe",
             "Princes Town", "Point Fortin", "Sangre Grande", "Charlieville", "Felicity"]
TT_STREETS = ["Southern Main Road", "Caroni Savannah Road", "Pasea Main Road", "Eastern Main Road",
              "Rahamut Trace", "Ramsaran Street", "Cunupia Main Road", "Endeavour Road"]
BB_PLACES = [("Christ Church", "BB15"), ("St. Michael", "BB11"), ("St. James", "BB24"),
             ("St. Philip", "BB18"), ("St. Lucy", "BB27"), ("St. George", "BB19"),
             ("St. Thomas", "BB22")]
BB_STREETS = ["Rockley Terrace", "Wildey Main Road", "Oistins Main Road", "Bush Hill",
              "Sargeant Village", "Pine Gardens", "Silver Sands", "Rendezvous Ridge"]
BS_STREETS = ["Soldier Road", "Carmichael Road", "Prince Charles Drive", "Blue Hill Road",
              "East Street South", "Baillou Hill Road", "Faith Avenue"]
GY_PLACES = [("Campbellville", "Georgetown"), ("Kitty", "Georgetown"), ("Enmore", "East Coast Demerara"),
             ("Diamond", "East Bank Demerara"), ("Rose Hall", "Berbice"), ("Vreed-en-Hoop", "West Coast Demerara"),
             ("Albouystown", "Georgetown"), ("Anna Regina", "Essequibo Coast")]
GY_STREETS = ["Sheriff Street", "Public Road", "Vlissengen Road", "Middle Street", "Camp Street",
              "Lamaha Street", "Regent Street", "Railway Embankment"]


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn_complete(r, prefix, length):
    body = prefix + _d(r, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


SYL_A = ["Ja", "Ke", "La", "Da", "Sha", "Tre", "Qua", "Ny", "Zy", "Ma", "De", "Ty", "Ki", "Ro"]
SYL_B = ["quan", "shon", "niyah", "vion", "keem", "riah", "lyn", "dre", "mire", "zell", "tavious", "nisha"]


class _Note:
    """Per-note context: region, people, value generators."""

    def __init__(self, g, region=None):
        self.g = g
        self.r = g.r
        c = self.r.choice(list(CULTURES))
        self.culture = c
        self.region = region or self.r.choice(CULTURE_REGION[c])
        self.people = {}

    # ---------------- people
    def person(self, key):
        if key not in self.people:
            r = self.r
            c = self.culture if key == "a" else r.choice(list(CULTURES))
            sex = r.choice("mf")
            given = self.g.pick(c, sex)
            sur = self.g.pick(c, "s")
            while sur == given:
                sur = self.g.pick(c, "s")
            self.people[key] = (c, sex, given, sur)
        return self.people[key]

    def title(self, c, sex):
        r = self.r
        if c in ("mexican_tejano", "puerto_rican", "cuban_american") and r.random() < 0.6:
            return r.choice(["Sr.", "Don", "el señor"] if sex == "m" else ["Sra.", "Doña", "Srta.", "la señora"])
        if c in ("cajun", "haitian_american") and r.random() < 0.5:
            return r.choice(["M.", "Msieu", "Nonc"] if sex == "m" else ["Mme", "Madame", "Tante", "Mamie"])
        if sex == "m":
            return r.choice(["Mr", "Mr.", "Mister", "Dr.", "Pastor", "Deacon", "Bro", "Coach", "Rev."])
        return r.choice(["Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Sis", "auntie", "Aunty", "Pastor"])

    def name_segs(self, key="a", form=None):
        r = self.r
        c, sex, given, sur = self.person(key)
        if form is None:
            form = r.choices(["full", "given", "tsur", "tgiven", "tfull", "crm", "crml",
                              "famfirst", "suffix", "nick", "dblsur"],
                             [5, 3, 2, 1, 1, 1.2, 0.8, 0.7, 0.6, 0.5, 0.6])[0]
        N = "name"
        if form == "given":
            return [(given, N)]
        if form == "tsur":
            return [(self.title(c, sex), "o"), (" ", "o"), (sur, N)]
        if form == "tgiven":
            return [(self.title(c, sex), "o"), (" ", "o"), (given, N)]
        if form == "tfull":
            return [(self.title(c, sex), "o"), (" ", "o"), (given + " " + sur, N)]
        if form == "crm":
            return [(sur.upper(), N), (r.choice([", ", ","]), "o"), (given, N)]
        if form == "crml":
            return [(sur.lower(), N), (", ", "o"), (given.lower(), N)]
        if form == "famfirst":
            return [(sur + " " + given, N)]
        if form == "suffix":
            return [(given + " " + sur, N), (r.choice([" ", ", "]), "o"), (r.choice(SUFFIXES), "o")]
        if form == "nick":
            nick = self.g.nick()
            return [(given, N), (' "', "o"), (nick, N), ('" ', "o"), (sur, N)]
        if form == "dblsur":
            s2 = self.g.pick(c, "s")
            if s2 == sur:
                return [(given + " " + sur, N)]
            if c in ("mexican_tejano", "puerto_rican", "cuban_american"):
                return [(given + " " + sur + " " + r.choice(["", "y "]) + s2, N)]
            return [(given + " " + sur + "-" + s2, N)]
        return [(given + " " + sur, N)]

    # ---------------- contact data
    def phone(self):
        r = self.r
        reg = self.region
        if reg == "gy":
            n = r.choice("6") + _d(r, 2) + " " + _d(r, 4)
            return r.choice(["+592 " + n, "592-" + n.replace(" ", "-"), n, "(592) " + n])
        area = {"us": r.choice(US_AREA), "pr": r.choice(["787", "939"]), "jm": r.choice(["876", "658"]),
                "tt": "868", "bb": "246", "bs": "242"}[reg]
        ex = str(r.randint(2, 9)) + _d(r, 2)
        ln = _d(r, 4)
        fmts = [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area}{ex}{ln}",
                f"+1 {area} {ex} {ln}", f"1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"{area} {ex} {ln}"]
        if reg in ("tt", "jm", "bb", "bs"):
            fmts += [f"{ex}-{ln}", f"1 ({area}) {ex}-{ln}"]
        return r.choice(fmts)

    def email(self):
        r = self.r
        c, sex, given, sur = self.person("a")
        g = _fold(given).replace(" ", "").replace("'", "").replace("-", "")
        s = _fold(sur).replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        user = r.choice([f"{g}.{s}", f"{g}{s}{_d(r, 2)}", f"{g[0]}{s}", f"{g}_{s[:4]}",
                         f"{s}{g[0]}{r.randint(70, 2005)}", f"{g}{r.choice(['boo', 'bae', 'queen', 'tx', 'pr', 'yardie', 'trini', 'bajan'])}{_d(r, 2)}",
                         f"{g}.{r.choice(['lovely', 'blessed', 'real', 'official'])}"])
        dom = {"us": ["gmail.com", "yahoo.com", "att.net", "bellsouth.net", "hotmail.com", "icloud.com", "cox.net", "sbcglobal.net"],
               "pr": ["gmail.com", "hotmail.com", "yahoo.com", "prtc.net", "coqui.net", "upr.edu"],
               "jm": ["gmail.com", "yahoo.com", "hotmail.com", "cwjamaica.com", "outlook.com"],
               "tt": ["gmail.com", "hotmail.com", "tstt.net.tt", "yahoo.com"],
               "bb": ["gmail.com", "caribsurf.com", "hotmail.com", "yahoo.com"],
               "bs": ["gmail.com", "coralwave.com", "batelnet.bs", "yahoo.com"],
               "gy": ["gmail.com", "yahoo.com", "networksgy.com", "hotmail.com"]}[self.region]
        return user + "@" + r.choice(dom)

    def card(self):
        r = self.r
        kind = r.choice(["visa", "mc", "amex", "disc", "mask1", "mask2", "mask3", "mask4"])
        if kind == "visa":
            n = _luhn_complete(r, "4", 16)
        elif kind == "mc":
            n = _luhn_complete(r, r.choice(["51", "53", "55", "2221"]), 16)
        elif kind == "disc":
            n = _luhn_complete(r, "6011", 16)
        elif kind == "amex":
            n = _luhn_complete(r, r.choice(["34", "37"]), 15)
            sep = r.choice([" ", "-", ""])
            return n[:4] + sep + n[4:10] + sep + n[10:]
        else:
            last = _d(r, 4)
            return {"mask1": "************" + last, "mask2": "xxxx-xxxx-xxxx-" + last,
                    "mask3": "XXXX XXXX XXXX " + last, "mask4": "4" + _d(r, 5) + "******" + last}[kind]
        sep = r.choice([" ", "-", "", " "])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))


    def ident(self, kind=None):
        """Returns (cue, value) for an id-type value."""
        r = self.r
        reg = self.region
        opts = ["acct", "order", "ticket", "policy", "meter", "track", "user", "dl", "ssn4", "booking", "claim"]
        if reg == "us":
            opts += ["ssn", "dl", "ssn4"]
        elif reg == "pr":
            opts += ["ssn4", "dl"]
        elif reg == "jm":
            opts += ["trn", "trn"]
        elif reg == "tt":
            opts += ["ttid", "pp"]
        elif reg == "bb":
            opts += ["bbid", "pp"]
        elif reg == "gy":
            opts += ["gyid"]
        else:
            opts += ["nib", "pp"]
        k = kind or r.choice(opts)
        if k == "acct":
            return (r.choice(["acct", "acct#", "account", "acc no", "BAN", "cuenta"]),
                    r.choice([_d(r, 4) + " " + _d(r, 4) + " " + _d(r, 4), _d(r, 9), _d(r, 3) + "-" + _d(r, 6) + "-" + _d(r, 3), "8" + _d(r, 15)]))
        if k == "order":
            return (r.choice(["order", "order #", "ord", "PO"]), r.choice(["W" + _d(r, 10), _d(r, 3) + "-" + _d(r, 7) + "-" + _d(r, 7), "#" + _d(r, 8), "HEB" + _d(r, 9)]))
        if k == "ticket":
            return (r.choice(["ticket", "tkt", "case", "INC", "SR"]), r.choice(["INC" + _d(r, 7), "CS-" + _d(r, 7), "SR" + _d(r, 8), _d(r, 8), "TT-" + _d(r, 6)]))
        if k == "policy":
            return (r.choice(["policy", "pol#", "policy no", "póliza"]), r.choice([r.choice(["HO3", "AUTO", "PA", "FL", "TX"]) + "-" + _d(r, 7) + "-0" + _d(r, 1), _d(r, 3) + "-" + _d(r, 4) + "-" + _d(r, 3), "P" + _d(r, 9), "MTR/" + _d(r, 6) + "/" + _d(r, 2)]))
        if k == "meter":
            return (r.choice(["meter", "mtr", "meter #", "ESI ID", "premise"]), r.choice([_d(r, 8), "1008901" + _d(r, 15), "M" + _d(r, 7), _d(r, 2) + "-" + _d(r, 6)]))
        if k == "track":
            return (r.choice(["tracking", "trk", "tracking #", "UPS"]), r.choice(["1Z" + _d(r, 3) + "AA1" + _d(r, 10), "9400 1" + _d(r, 3) + " " + _d(r, 4) + " " + _d(r, 4) + " " + _d(r, 4) + " " + _d(r, 2), "7" + _d(r, 11)]))
        if k == "booking":
            return (r.choice(["booking", "conf", "confirmation #", "appt id"]), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
        if k == "claim":
            return (r.choice(["claim", "claim #", "clm"]), r.choice(["CLM-" + _d(r, 8), _d(r, 2) + "-" + _d(r, 5) + "-" + _d(r, 2), "0" + _d(r, 9)]))
        if k == "user":
            c, sex, given, sur = self.person("a")
            g = _fold(given).replace(" ", "").replace("'", "").replace("-", "")
            return (r.choice(["username", "user", "login", "user id", "IG handle"]),
                    r.choice([g + _d(r, 3), g[:4] + "_" + _fold(sur)[:1] + _d(r, 2), "x" + g + "x", g + "." + r.choice(["tx", "pr", "876", "868", "504"])]))
        if k == "dl":
            st = r.choice(["TX", "LA", "FL", "MS", "OK", "AZ", "NM", "IL", "PR"])
            v = {"TX": _d(r, 8), "LA": "00" + _d(r, 7), "FL": "W" + _d(r, 3) + "-" + _d(r, 3) + "-" + _d(r, 2) + "-" + _d(r, 3) + "-0",
                 "MS": _d(r, 9), "OK": "D" + _d(r, 9), "AZ": "D" + _d(r, 8), "NM": _d(r, 9),
                 "IL": "S" + _d(r, 3) + "-" + _d(r, 4) + "-" + _d(r, 4), "PR": _d(r, 7)}[st]
            return (r.choice([f"{st} DL", "DL#", "DL", "lic", f"{st} license", "licencia"]), v)
        if k == "ssn":
            return (r.choice(["SSN", "ssn", "soc", "SS#"]), r.choice([f"{r.randint(100, 665)}-{_d(r, 2)}-{_d(r, 4)}", f"{r.randint(100, 665)} {_d(r, 2)} {_d(r, 4)}", "XXX-XX-" + _d(r, 4)]))
        if k == "ssn4":
            return (r.choice(["last4 ssn", "L4 SSN", "ssn last 4", "last 4 of soc", "L4S"]), _d(r, 4))
        if k == "trn":
            return (r.choice(["TRN", "trn", "TRN#"]), r.choice(["1" + _d(r, 2) + "-" + _d(r, 3) + "-" + _d(r, 3), "1" + _d(r, 8)]))
        if k == "ttid":
            return (r.choice(["ID#", "national ID", "ID card"]), r.choice(["19" + _d(r, 2) + _d(r, 7), _d(r, 8)]))
        if k == "bbid":
            return (r.choice(["ID#", "Bdos ID", "ID"]), f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 4)}")
        if k == "gyid":
            return (r.choice(["ID#", "national ID", "ID card no"]), _d(r, 9))
        if k == "nib":
            return (r.choice(["NIB#", "NIB", "NIB no"]), _d(r, 8))
        if k == "pp":
            pre = {"tt": "T", "bb": "R", "bs": "AB", "jm": "A"}.get(reg, "")
            return (r.choice(["passport", "pp#", "passport no"]), pre + _d(r, 7))
        return ("acct", _d(r, 9))

    def dob(self):
        r = self.r
        y = r.randint(1938, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        mon = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"][m - 1]
        es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"][m - 1]
        dmy = self.region in ("jm", "tt", "bb", "bs", "gy")
        f = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y}", f"{y}-{m:02d}-{d:02d}",
             f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{d} {mon} {y}", f"{m:02d}{d:02d}{y}"]
        if dmy:
            f += [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y % 100:02d}", f"{d}th {mon} {y}", f"{d:02d}-{m:02d}-{y}"]
        if self.region == "pr" or self.culture in ("mexican_tejano", "cuban_american"):
            f += [f"{d} de {es} de {y}", f"{d:02d}/{m:02d}/{y}"]
        return r.choice(f)

    def ip(self):
        r = self.r
        if r.random() < 0.15:
            return "2600:1700:" + ":".join("%x" % r.randint(0, 65535) for _ in range(3)) + "::" + "%x" % r.randint(1, 4095)
        a = r.choice(["172.58", "99.203", "24.160", "66.176", "186.6", "190.213", "200.7", "71.86", "107.77", "198.12"])
        return f"{a}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def url(self):
        r = self.r
        c, sex, given, sur = self.person("a")
        g = _fold(given).replace(" ", "").replace("'", "")
        s = _fold(sur).replace(" ", "").replace("'", "").replace(".", "")
        return r.choice([f"facebook.com/{g}.{s}.{_d(r, 2)}", f"https://www.facebook.com/profile.php?id=1000{_d(r, 11)}",
                         f"instagram.com/{g}_{s}", f"https://www.tiktok.com/@{g}{s[:3]}{_d(r, 2)}",
                         f"linktr.ee/{g}{s}", f"https://myaccount.example-util.com/customers/{_d(r, 8)}",
                         f"https://{g}{s}.com", f"https://www.linkedin.com/in/{g}-{s}-{_d(r, 3)}a{_d(r, 2)}",
                         f"cashapp.com/${g}{s[:2]}", f"venmo.com/u/{g}-{s}"])

    def iban(self):
        r = self.r
        cc, bban = r.choice([("GB", "NWBK" + _d(r, 14)), ("ES", _d(r, 20)), ("NL", "ABNA" + _d(r, 10)),
                             ("FR", _d(r, 10) + "A" + _d(r, 10) + "" + _d(r, 2)), ("DE", _d(r, 18)),
                             ("IE", "AIBK" + _d(r, 14))])
        conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = 98 - int(conv) % 97
        raw = f"{cc}{chk:02d}{bban}"
        if r.random() < 0.6:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw


    def zipcode(self):
        r = self.r
        if self.region == "pr":
            z = r.choice(["006", "007", "009"]) + _d(r, 2)
        elif self.region == "bb":
            z = r.choice(BB_PLACES)[1] + _d(r, 3)
        elif self.region == "tt":
            z = r.choice(["50", "52", "54", "60", "61", "65"]) + _d(r, 4)
        else:
            z = r.choice(US_CITIES)[2] + _d(r, 2)
        if self.region in ("us", "pr") and r.random() < 0.25:
            z += "-" + _d(r, 4)
        return z

    def address_segs(self):
        """Street address, optional postcode and town (~)."""
        r = self.r
        reg = self.region
        segs = []
        if reg == "us":
            city, st, z3 = r.choice(US_CITIES)
            a = r.choice([f"{r.randint(10, 19999)} {r.choice(STREETS)}",
                          f"{r.randint(100, 9999)} {r.choice(STREETS)} {r.choice(['Apt', 'Apt.', 'Unit', '#', 'Lot'])} {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}",
                          f"RR {r.randint(1, 9)} Box {r.randint(10, 999)}", f"PO Box {r.randint(10, 9999)}",
                          f"HC {r.randint(10, 79)} Box {r.randint(100, 9999)}",
                          f"Lot {r.randint(1, 80)} {r.choice(['Shady Oaks MHP', 'Pine Ridge Mobile Home Park', 'Bayou Estates'])}"])
            segs.append((a, "address"))
            mode = r.random()
            if mode < 0.45:
                segs += [(r.choice([", ", " "]), "o"), (city, "~"), (r.choice([", ", " "]) + st + " ", "o"), (z3 + _d(r, 2), "postcode")]
            elif mode < 0.7:
                segs += [(", ", "o"), (city, "~")]
        elif reg == "pr":
            town = r.choice(PR_TOWNS)
            a = r.choice([f"{r.choice(PR_URBS)}, Calle {r.randint(1, 30)} {r.choice('ABCDEFGHJK')}-{r.randint(1, 40)}",
                          f"Calle {r.choice(['Luna', 'Sol', 'Loíza', 'Betances', 'Muñoz Rivera', 'Las Flores'])} {r.randint(1, 999)}",
                          f"HC {r.randint(1, 9):02d} Box {_d(r, 5)}", f"PO Box {r.randint(100, 9999)}",
                          f"Cond. {r.choice(['Torres del Parque', 'Plaza del Mar', 'Los Pinos'])} Apt {r.randint(100, 1800)}",
                          f"Carr. {r.randint(100, 999)} Km {r.randint(1, 30)}.{r.randint(0, 9)}, Bo. {r.choice(['Pasto', 'Cerro Gordo', 'Jagual', 'Río Abajo'])}"])
            segs.append((a, "address"))
            if r.random() < 0.6:
                segs += [(", ", "o"), (town, "~"), (r.choice([" PR ", ", PR ", " "]), "o"), (r.choice(["006", "007", "009"]) + _d(r, 2), "postcode")]
        elif reg == "jm":
            area, parish = r.choice(JM_PLACES)
            a = r.choice([f"Lot {r.randint(1, 999)}, {area}", f"{r.randint(1, 120)} {r.choice(JM_STREETS)}",
                          f"{r.randint(1, 40)}{r.choice(['', 'A'])} {r.choice(JM_STREETS)}, {area}",
                          f"Shop {r.randint(1, 30)}, {r.choice(['Mall Plaza', 'Twin Gates Plaza', 'Portmore Pines Plaza'])}"])
            segs.append((a, "address"))
            if r.random() < 0.7:
                segs += [(", ", "o"), (parish, "~")]
        elif reg == "tt":
            a = r.choice([f"LP {r.randint(1, 150)} {r.choice(TT_STREETS)}", f"#{r.randint(1, 200)} {r.choice(TT_STREETS)}",
                          f"{r.randint(1, 99)} {r.choice(TT_STREETS)}", f"Lot {r.randint(1, 60)} {r.choice(['Phase 2', 'Block C'])} {r.choice(TT_STREETS)}"])
            segs.append((a, "address"))
            if r.random() < 0.75:
                segs += [(", ", "o"), (r.choice(TT_PLACES), "~")]
                if r.random() < 0.4:
                    segs += [(" ", "o"), (r.choice(["50", "52", "54", "60"]) + _d(r, 4), "postcode")]
        elif reg == "bb":
            parish, pc = r.choice(BB_PLACES)
            a = r.choice([f"Lot {r.randint(1, 90)}, {r.choice(BB_STREETS)}", f"#{r.randint(1, 60)} {r.choice(BB_STREETS)}",
                          f"{r.choice(['1st', '2nd', '3rd', '4th'])} Avenue {r.choice(BB_STREETS)}"])
            segs.append((a, "address"))
            if r.random() < 0.8:
                segs += [(", ", "o"), (parish, "~")]
                if r.random() < 0.6:
                    segs += [(" ", "o"), (pc + _d(r, 3), "postcode")]
        elif reg == "bs":
            a = r.choice([f"P.O. Box {r.choice(['N', 'SS', 'CB', 'F'])}-{r.randint(1000, 9999)}",
                          f"#{r.randint(1, 90)} {r.choice(BS_STREETS)}", f"{r.choice(BS_STREETS)}, house {r.randint(1, 60)}"])
            segs.append((a, "address"))
            if r.random() < 0.7:
                segs += [(", ", "o"), (r.choice(["Nassau", "Freeport", "Marsh Harbour"]), "~")]
        else:
            area, town = r.choice(GY_PLACES)
            a = r.choice([f"Lot {r.randint(1, 300)} {r.choice(GY_STREETS)}, {area}",
                          f"{r.randint(1, 99)} {r.choice(GY_STREETS)}, {area}", f"Lot {r.randint(1, 99)} Section {r.choice('ABCD')}, {area}"])
            segs.append((a, "address"))
            if r.random() < 0.7:
                segs += [(", ", "o"), (town, "~")]
        return segs

# ---------------------------------------------------------------- templates
PII_TEMPLATES = [
    "cx {N} called re {BRAND} bill, waived {AMT} late fee, {WIN}",
    "[cust|cx|caller] {N} [vfd|verified] w/ dob {DOB} and {ID_SSN4}, moved to {PLAN} [ty|np]",
    "spoke to {N} abt outage in {PLACE}, gave credit {AMT} [smh|lol|]",
    "thanks to {COL} from billing for helping w/ {NP} acct, {WIN}",
    "{CRM} - callback # {PH} - pymt arrangement set for {DATE}",
    "customer {FULL} [wants|asked for] paperless, new email {EM}",
    "{NQ} said [she|he] been w/ {BRAND} since forever, kept on {PLAN} {CS}",
    "{TS} called from {PLACE} re claim, {ID_CLAIM}, adjuster eta {DATE}",
    "updated svc addr to {ADDR} for {N}, tech visit {DATE} {TIME}",
    "{N} paid {AMT} w/ card {CARD}, rcpt sent to {EM}",
    "@{G} [cx|cust] from {PLACE} again lol, {ID_ACCT}, [fixed|sorted] in 5 min",
    "{AT} pls cb {N} at {PH} [bfr|before] {TIME} re {DEVICE} swap",
    "{N} [and|+] {B} both on the line, added {B} as auth user, {WIN}",
    "[caller|cx] {N} dob {DOB} [address|addr] {ADDR} [all vfd|verified]",
    "{G} [wah gwaan|hi] from {PLACE}, moved {NP} {BRAND} plan to {PLAN}, [big up|bless]",
    "[cust|cx] {N} [ordered|bought] {DEVICE}, {ID_ORDER}, {ID_TRACK}, delivered {DATE}",
    "{N} [dl|license] check {ID_DL} for {BRAND} [auto|renters] quote, [saved|saving] {AMT}/mo",
    "mail refund chk to {ADDR} per {TS}, {WIN}",
    "[login|portal] locked for {N}, {ID_USER}, last ip {IP}, reset pw [ok|done]",
    "[escalated|esc] to {TEAM}: {N} ({PH}) says meter reading wrong, {ID_METER}",
    "{N} [birthday|bday|b-day] {DOB} so gave [her|him] the loyalty promo lol",
    "{CRM} d.o.b {DOB} {ID} [cx happy|resolved]",
    "{G} from {PLACE} [texted|msged] us on {BRAND} chat, profile {URL}, [fixed|sorted] billing",
    "refund {AMT} [to|via] IBAN {IBAN} for {N} (lives abroad now), {WIN}",
    "{N} zip {ZIP} [wasn't|not] matching, updated, {ID_ACCT}",
    "{TS} born {DOB}, [senior|elderly] discount applied on {PLAN}, {CS}",
    "[cx|cust] {N} said [his|her] [son|daughter|grandbaby] {B} [uses|broke] the {DEVICE}, replacement {AMT}",
    "{N} card ending {L4} declined [so|, so] switched to bank draft, {WIN}",
    "[mi|me] [talk|spoke] to {N} [ya|today], {ID_ACCT} [a|is] current now, [no problem mon|bless]",
    "{N} - {EM} - {PH} - [new|nuevo] [acct|customer], {PLAN}",
    "[oye|ay bendito] {N} [llamó|called] [desde|from] {PLACE}, [cambié|changed] plan a {PLAN} {WIN}",
    "{COL} at the {PLACE} store [helped|assisted] {N} w/ {DEVICE} setup, [shout out|big up] {COL}",
    "ins [verify|verif] {N} {ID_POLICY} dob {DOB} claim {ID_CLAIM}",
    "{N} [gave|provided] {ID} and zip {ZIP} over phone, [acct|account] unlocked",
    "tech {COL} [went|rolled] out to {ADDR}, {N} [says|said] wifi [fixed|working]",
    "[cust|customer] {N} asked us to call {B} at {PH} [cuz|bc] [she|he] handles the bills",
    "sent [link|form] to {EM} for {N}, [ticket|tkt] {ID_TICKET}, {WIN}",
    "[msg|note] from {COL}: {N} [needs|wants] callback {TIME} at {PH}",
    "{N} [is|was] [so|real] sweet, [paid|pd] {AMT} [on|with] {CARD} {CS}",
    "{NP} [husband|wife|mama|tanty] [called|rang] in, {B} on acct too, [verified|vfd] {ID}",
    "{N} [Bdos|bajan|trini|JA] [cx|customer], addr {ADDR}, moved to {PLAN}",
    "{FULL} [wants|requested] [bill|statement] to PO addr {ADDR} instead, {WIN}",
    "[fraud|fraud desk] flagged {IP} on {NP} login, card {CARD} blocked, {TEAM} notified",
    "{N} [reached out|came in] via {URL} [lol|smh], [got|helped] [her|him] sorted on {PLAN}",
    "[rcvd|got] [payment|pymt] {AMT} from {CRM}, {ID_ACCT}, [no|0] bal",
    "[gave|issued] {N} a {AMT} credit for the {BRAND} outage {DATE}, {WIN} [thx|ty] {COL}",
    "{N} (dob {DOB}, {PH}) [switching|switched] from {BRAND} to us, ported [ok|fine]",
    "{N} [said|says] call [her|him] {NQ} [lol|haha], [kept|retained] on {PLAN}",
]
CLEAN_TEMPLATES = [
    "cx called re {BRAND} bill spike, waived {AMT} late fee, {WIN}",
    "outage in {PLACE} since {TIME}, gave {AMT} credit, [ETR|eta] {DATE}",
    "moved cx from {PLAN} to {PLAN}, saves {AMT}/mo, {WIN}",
    "{DEVICE} [wont|won't] pair w/ {DEVICE}, walked thru reset, [fixed|working now]",
    "[xfer|transferred] to {TEAM} for {BRAND} port-in, AHT {NUM} min",
    "caller [was|is] in {PLACE} by {HUB}, [needed|wanted] roaming on {PLAN}, done",
    "{CS} cx [was|been] upset bout {AMT} charge, explained proration, {WIN}",
    "[storm|hurricane] damage claim FNOL opened, roof + fence, deductible {AMT}, {WIN}",
    "cx [bought|ordered] {DEVICE} at {BRAND} {PLACE}, activation [failed|stuck], fixed w/ new SIM",
    "[pymt|payment] arrangement {AMT} on {DATE} and {AMT} on {DATE}, no dq",
    "[auto|car] policy add 2021 {BRAND} [RX|GLC|Cayenne|Silverado], prem up {AMT}, cx ok w/ it",
    "{TEAM} [said|says] {BRAND} [system|portal] down till {TIME}, told cx to [try|call] back",
    "{WORD} [promo|bundle] applied on {PLAN}, cx saving {AMT}, {WIN}",
    "cx from {PLACE} [wanted|asked] to [cancel|dc] bc moving to {PLACE}, offered {PLAN} instead, stayed",
    "[ty|thank you] {TEAM} for the [quick|fast] assist on the {BRAND} escalation, {WIN}",
    "[light|power] bill [high|too high] in {PLACE}, set up {PLAN}, [cx relieved|happy now]",
    "{DEVICE} [screen|battery] [cracked|dead], [protection|insurance] claim filed, deductible {AMT}",
    "cx [lives|is] [near|close to] {HUB} in {PLACE}, store pickup {DATE} {TIME}",
    "[speedtest|speed test] [only|showed] {NUM} mbps on {PLAN}, reboot + [new modem|{DEVICE}], now {NUM}0 mbps",
    "{CS} caller only [spoke|speaks] [spanish|kreyòl|creole], [sent|xfer] to {TEAM}, {WIN}",
    "[reconnect|reconnection] fee {AMT} waived one time, [svc|service] back on by {TIME}",
    "cx [wanted|asked for] the {WORD} [color|colour] {DEVICE}, [back ordered|out of stock] till {DATE}",
    "{BRAND} [rebate|refund] {AMT} [processed|issued], [5-7|7-10] business days, {WIN}",
    "[flood|wind] [policy|claim] q: [explained|went over] [coverage|deductible] for {PLACE} parish, cx [understood|good]",
    "[nvm|fyi] {TEAM} [queue|q] is backed up, hold [times|time] ~{NUM} min at {TIME}",
    "[prepaid|pre-paid] [top up|topup] {AMT} [didnt|didn't] post, [re-ran|reprocessed], [showing|shows] now",
    "[cx|caller] [upset|vexed] bout [dropped calls|no signal] in {PLACE}, [tower|site] work til {DATE}, gave {AMT}",
    "[bundle|package] {PLAN} + {PLAN}, [promo|deal] ends {DATE}, [cx signed|he signed]",
    "[meter|smart meter] swap in {PLACE} {DATE}, [bill|reading] estimated, [adjusted|corrected] {AMT}",
    "cx [flying|flew] out of {HUB} {DATE}, [added|put] travel pass on {PLAN}, {WIN}",
    "[mon|cher|mija] the {BRAND} app [keep|keeps] crashing on {DEVICE}, [reinstalled|cleared cache], [good|ok] now",
    "[shoutout|big up] to {TEAM} and {TEAM}, [record|great] day {NUM} saves {WIN}",
    "[renewal|renew] on {PLAN} [due|is due] {DATE}, [quoted|quote] {AMT}, [cx accepted|accepted]",
    "[water heater|ac|fridge] [out|not working], [home warranty|HW] [tech|service] {DATE} {TIME}-{TIME}",
    "[cx|caller] [said|say] {WORD} [was|is] the best [rep|agent] [lol|haha] [anyway|anyways] {WIN}",
    "{BRAND} [store|branch] in {PLACE} [closed|closing] early {DATE} [cuz|bc] [storm|weather], [rerouted|sent] to {PLACE}",
    "[dup|double] [charge|charged] {AMT} on {DATE}, [reversed|refunded], [ref|see] {TEAM} notes",
    "[asked|cx asked] bout {DEVICE} [trade in|trade-in] value, [quoted|said] {AMT}, [wants|will] come in {DATE}",
    "[chat|call] dropped twice [smh|lol] [finally|eventually] [got|moved] cx on {PLAN} [ty|thx] {TEAM}",
    "[late|past due] {AMT}, [extension|ext] to {DATE}, [disco|disconnect] [stopped|on hold], {CS}",
    "[Hurricane|Tropical Storm] [Beryl|Ida|Fiona|Ian] [credits|relief] for {PLACE} [applied|done], {WIN}",
]


FILL = {
    "BRAND": _p("AT&T T-Mobile Cricket Boost_Mobile Liberty Digicel Flow bmobile Claro GTT BTC Aliv "
                "Entergy CLECO JPS T&TEC BL&P LUMA Spectrum Cox DirecTV Walmart H-E-B Publix "
                "Winn-Dixie Dollar_General Buc-ee's Allstate State_Farm GEICO Progressive Sagicor "
                "Massy PriceSmart Courts Singer Hi-Lo Piggly_Wiggly Academy Rooms_To_Go Lexus "
                "Mercedes Porsche Chevy Royal_Caribbean Popeyes Whataburger Goya"),
    "DEVICE": _p("iPhone_15_Pro_Max Galaxy_A15 Galaxy_S24_Ultra Moto_g_Play Pixel_8a Roku_Ultra "
                 "Ring_doorbell NETGEAR_CM1000 Arris_SB8200 Nokia_G20 onn_TV Whirlpool_WRF535SWHZ "
                 "Kenmore_Elite Fire_TV_Stick eero_Pro_6 Apple_Watch_SE TCL_55S455 Samsung_Q80C"),
    "PLAN": _p("Unlimited_Elite Prepaid_$40 Family_Share Gig_Blazer Internet_300 Budget_Billing "
               "Level_Pay FlowBiz Prime_Plus Basic_Home Comprehensive_Cover Full_Cover "
               "Third_Party_Only Liability_Only HO-3 Renters_Plus Power_Saver Plan_Tranquilidad "
               "Digicel_Prime Go_Big_Bundle"),
    "PLACE": _p("Baton_Rouge Lafayette Houma Shreveport Jackson Memphis Little_Rock Tulsa Wichita Omaha "
                "El_Paso Laredo McAllen San_Antonio Albuquerque Gallup Window_Rock Bayamón Caguas Ponce "
                "Mayagüez Kingston Spanish_Town Montego_Bay Mandeville Port_of_Spain San_Fernando Chaguanas "
                "Bridgetown Speightstown Oistins Nassau Freeport Georgetown Linden New_Amsterdam Hialeah "
                "Little_Haiti Orlando Tyler Eunice Beaumont Austin Marion Florence Shelby Lake_Charles "
                "Opelousas Breaux_Bridge Houston Tobago Berbice"),
    "HUB": _p("SJU MSY Piarco Norman_Manley LPIA the_Galleria Penn_Station Westfield_Trincity "
              "Sovereign_Centre Sheraton_Mall Plaza_Las_Américas Sky_Mall Cheddi_Jagan IAH"),
    "TEAM": _p("Tier_2 Retention Save_Desk Loyalty Escalations Billing_Q Collections Claims_FNOL "
               "Spanish_queue Care_Plus Team_Magnolia Pod_Cypress Team_Jaguar Q7 Tech_Support "
               "Dispatch Outage_Desk Fraud Back_Office WFM Team_Pelican CHAT-ES Q-Caribbean"),
    "WIN": ["cx happy", "saved the acct", "FCR", "CSAT 5/5", "NPS 10", "no callback needed",
            "retention win", "cx said ty", "churn avoided", "upsold", "issue resolved", "she left happy",
            "he was grateful", "5 stars", "wepa", "big up", "nuff respect", "mèsi anpil", "gracias mil",
            "win win", "closed out", "dispo resolved", "cx thrilled", "bless", "all good now"],
    "CS": ["gracias", "ay bendito", "oye", "mija", "chale", "ahorita", "cher", "mon ami", "wah gwaan",
           "yuh done know", "is ah vibes", "doh worry", "wunna", "sak pase", "bon bagay", "ya heard me",
           "bless her heart", "fixin to", "y'all", "ayy", "bueno", "no problem mon", "boi", "pues"],
}
# words that also appear as given names in the pools (kept as ordinary words here)
FILL["WORD"] = ["Precious", "Destiny", "Hunter", "Summer", "Royal", "Justice", "Unique", "Crystal",
                "Amber", "Joy", "Lovely", "Baby", "Princess", "Hope", "Faith", "Sugar", "Red", "Rusty", "Opal"]


def _amount(r):
    cur = r.choice(["$", "$", "$", "J$", "TT$", "BDS$", "G$", "B$", "US$"])
    return cur + str(r.randint(5, 900)) + r.choice(["", ".00", "." + _d(r, 2)])


def _time(r):
    return r.choice([f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])}{r.choice(['am', 'pm', ' AM', ' PM', 'p'])}",
                     f"{r.randint(7, 20)}:{r.randint(0, 59):02d}", f"{r.randint(1, 12)}{r.choice(['am', 'pm'])}"])


def _date(r):
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice([f"{m}/{d}", f"{m:02d}/{d:02d}", f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {d}",
                     r.choice(["Monday", "Tues", "Wed", "Thurs", "Friday", "Sat", "tmrw", "next wk"])])


_TOK = re.compile(r"\{(\w+)\}")
_ALT = re.compile(r"\[([^\[\]]*)\]")


def _render(note, tpl):
    r = note.r
    while True:
        m = _ALT.search(tpl)
        if not m:
            break
        tpl = tpl[:m.start()] + r.choice(m.group(1).split("|")) + tpl[m.end():]
    segs = []
    pos = 0
    for m in _TOK.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "o"))
        segs += _expand(note, m.group(1))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "o"))
    return segs


def _expand(note, key):
    r = note.r
    if key in FILL:
        return [(r.choice(FILL[key]), "o")]
    if key == "AMT":
        return [(_amount(r), "o")]
    if key == "TIME":
        return [(_time(r), "o")]
    if key == "DATE":
        return [(_date(r), "o")]
    if key == "NUM":
        return [(str(r.randint(2, 60)), "o")]
    if key == "N":
        return note.name_segs("a")
    if key == "G":
        return note.name_segs("a", "given")
    if key == "FULL":
        return note.name_segs("a", "full")
    if key == "TS":
        return note.name_segs("a", "tsur")
    if key == "CRM":
        return note.name_segs("a", r.choice(["crm", "crml"]))
    if key == "NP":
        return note.name_segs("a", r.choice(["given", "full", "tsur", "given"])) + [(r.choice(["'s", "’s", "'s"]), "o")]
    if key == "NQ":
        return [('"', "o")] + note.name_segs("a", r.choice(["given", "full"])) + [('"', "o")]
    if key == "B":
        return note.name_segs("b", r.choice(["given", "full", "given", "tgiven", "tsur"]))
    if key == "COL":
        return note.name_segs("c", r.choice(["given", "given", "full"]))
    if key == "AT":
        return [("@", "o")] + note.name_segs("c", "given")
    if key == "PH":
        return [(note.phone(), "phone")]
    if key == "EM":
        return [(note.email(), "email")]
    if key == "CARD":
        return [(note.card(), "card")]
    if key == "L4":
        return [(_d(r, 4), "card")]
    if key == "ID":
        cue, v = note.ident()
        return [(cue + r.choice([" ", ": ", " # ", " "]), "o"), (v, "id")]
    if key.startswith("ID_"):
        cue, v = note.ident(key[3:].lower())
        return [(cue + r.choice([" ", ": ", " "]), "o"), (v, "id")]
    if key == "ADDR":
        return note.address_segs()
    if key == "ZIP":
        return [(note.zipcode(), "postcode")]
    if key == "IP":
        return [(note.ip(), "ip")]
    if key == "URL":
        return [(note.url(), "url")]
    if key == "IBAN":
        return [(note.iban(), "iban")]
    if key == "DOB":
        return [(note.dob(), "dob")]
    raise KeyError(key)


def _merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and out[-1][1] == l == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


class _Gen:
    def __init__(self, listed):
        self.r = random.Random(SEED)
        self.listed = listed
        self.pools = {}
        for c, d in CULTURES.items():
            for k, names in d.items():
                ok = sorted({n for n in names if _name_ok(n, listed)})
                while len(ok) < 8:
                    cand = self.r.choice(SYL_A) + self.r.choice(SYL_B)
                    if _name_ok(cand, listed) and cand not in ok:
                        ok.append(cand)
                self.pools[(c, k)] = ok
        self.nicks = [n for n in NICKS if _name_ok(n, listed)] or ["Tootsie"]

    def pick(self, c, k):
        return self.r.choice(self.pools[(c, k)])

    def nick(self):
        return self.r.choice(self.nicks)


def _fix_o_edges(segs):
    out = []
    for t, l in segs:
        if l != "o":
            s = t.strip()
            lead, trail = t[:len(t) - len(t.lstrip())], t[len(t.rstrip()):]
            if lead:
                out.append((lead, "o"))
            out.append((s, l))
            if trail:
                out.append((trail, "o"))
        else:
            out.append((t, l))
    return out


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    g = _Gen(frozenset(listed))
    r = g.r
    seen = set()
    out = []
    targets = [(PII_TEMPLATES, 550), (CLEAN_TEMPLATES, 450)]
    for tpls, target in targets:
        count = 0
        tries = 0
        while count < target and tries < target * 200:
            tries += 1
            tpl = tpls[(count + tries) % len(tpls)] if r.random() < 0.5 else r.choice(tpls)
            note = _Note(g)
            segs = _render(note, tpl)
            if r.random() < 0.3:
                segs = [(t.lower(), l) for t, l in segs]
            segs = _merge(_fix_o_edges(segs))
            segs[0] = (segs[0][0].lstrip(), segs[0][1]) if segs[0][1] == "o" else segs[0]
            segs[-1] = (segs[-1][0].rstrip(), segs[-1][1]) if segs[-1][1] == "o" else segs[-1]
            segs = [s for s in segs if s[0]]
            text = "".join(t for t, _ in segs)
            n = len(text.split())
            if "\n" in text or not 5 <= n <= 45 or text in seen:
                continue
            seen.add(text)
            out.append(segs)
            count += 1
    r.shuffle(out)
    return out


def _selfcheck():
    sample = frozenset({"maria", "jose", "james", "smith", "garcia", "lee", "vang", "keisha",
                        "rivera", "brown", "jean", "marie", "singh", "mai", "billy"})
    a = blind_notes(sample)
    b = blind_notes(sample)
    assert a == b, "not deterministic"
    assert len(a) == 1000, len(a)
    texts = set()
    counts = {l: 0 for l in LABELS}
    lower = clean = 0
    for segs in a:
        text = "".join(t for t, _ in segs)
        assert "\n" not in text and 5 <= len(text.split()) <= 45, text
        assert text not in texts
        texts.add(text)
        for t, l in segs:
            assert l in LABELS, l
            if l != "o":
                assert t == t.strip() and t, repr(t)
            if l == "name":
                for p in _parts(t):
                    assert _fold(p) not in sample, (t, text)
            counts[l] += 1
        if text == text.lower():
            lower += 1
        if all(l in ("o", "~") for _, l in segs):
            clean += 1
    print("notes", len(a))
    for l in LABELS:
        print("label", l, counts[l])
    print("all_lower_share", round(lower / len(a), 3))
    print("no_pii_share", round(clean / len(a), 3))
    print("pii_templates", len(PII_TEMPLATES), "clean_templates", len(CLEAN_TEMPLATES), "cultures", len(CULTURES))


if __name__ == "__main__":
    _selfcheck()
