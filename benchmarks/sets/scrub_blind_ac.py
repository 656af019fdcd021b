"""Blind evaluation set: customer-care notes from subscription, edtech, charity
donor-care and online-retail desks in the US, Canada, UK, Australia and NZ.
Standard library only, deterministic."""
import random
import re
import unicodedata

SEED = 20240611
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000

# ---------------------------------------------------------------- name pools
_POOLS = {
 "anglo": (
  "James Oliver Jack Harry William Thomas George Charlie Noah Liam Ethan Mason Logan Connor "
  "Declan Seamus Niamh Siobhán Siobhan Aoife Ciarán Ciaran Eoin Rhys Cerys Bethan Fiona Eilidh Hamish "
  "Callum Ailsa Emily Olivia Sophie Chloe Grace Hannah Megan Lucy Rose Kate Molly Brendan Kieran "
  "Sinéad Gareth Dylan Heather Bridget",
  "Smith Jones Williams Brown Taylor Davies Evans Wilson Roberts Johnson Walker Wright Robinson "
  "Thompson White Hughes Edwards Green Hall Wood Harris Clarke O'Brien O'Sullivan McCarthy Murphy "
  "Kelly Byrne Doyle MacDonald McLeod Campbell Stewart Fraser Morrison ap_Rhys Nic_Dhomhnaill "
  "Ó_Briain Fitzgerald Gallagher Baker Pritchard Llewellyn"),
 "afam": (
  "DeShawn Jamal Tyrone Darnell Marquis Terrell Andre Malik Jalen Trevon Keisha Latoya Tamika "
  "Shaniqua Ebony Aaliyah Imani Jasmine Destiny Kiara Monique Tanisha Shanice Dominique Lashonda "
  "Rashad Demetrius Cedric Reggie Kendrick Jermaine Lakisha Tiana Nia Zaria Kayla Brianna Makayla "
  "Deja Jayla DaQuan",
  "Washington Jefferson Jackson Banks Freeman Booker Gaines Mosley Dorsey Pruitt Rivers Holloway "
  "Battle Toussaint Hairston Merriweather Coleman Bryant Simmons Carter Dawkins Hollis Tolliver "
  "Lockett Whitfield Mayfield Stallworth Gilliam Ransom Favors Blackwell Pettiford Glover Hargrove "
  "Epps Grier Spates Woodson Brantley Fountain"),
 "hisp": (
  "José Jose María Maria Guadalupe Alejandro Carlos Luis Miguel Juan Javier Diego Mateo Santiago "
  "Sofía Sofia Valentina Camila Ximena Lucía Alejandra Gabriela Daniela Mariana Fernanda Jesús "
  "Ramón Raúl Raul Andrés Héctor Hector Rosa Yesenia Marisol Esperanza Beatriz Rodrigo Francisco Inés "
  "Joaquín Socorro Araceli",
  "García Garcia Rodríguez Rodriguez Martínez Martinez Hernández Hernandez López Lopez González Pérez "
  "Sánchez Ramírez Torres Flores Rivera Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez "
  "Chavez Ramos Ruiz Mendoza Vargas Castillo Jiménez Moreno Romero Herrera Medina Aguilar Vega "
  "de_la_Cruz de_la_Rosa del_Valle Castañeda Peña Núñez Nunez"),
 "chinese": (
  "Wei Jun Xiaoming Meiling Jiahui Zhiwei Yanmei Haoran Yuting Zihan Xinyi Jing Lei Tao Qing Fang "
  "Ming Hui Yifan Ruoxi Siu-Ming Ka-Wai Wing-Yee Man-Kit Chi-Keung Kenny Vincent Ivy Winnie Cindy "
  "Jason Alvin Kelvin Eugene Priscilla Crystal Queenie Jacky Cherry Angel Wendy Raymond",
  "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Zheng Liang Xie "
  "Tang Feng Deng Cao Cheng Chan Wong Leung Cheung Lau Ng Tsang Chow Yip Lam Kwok Fong Tse Chiu Mak"),
 "korean": (
  "Min-jun Seo-yeon Ji-ho Ha-eun Do-yoon Ji-woo Seo-jun Soo-ah Jae-won Hye-jin Eun-ji Sung-min "
  "Young-ho Ji-hoon Min-seo Yoo-jin Dong-hyun Hyun-woo Seung-hee Jin-young Kyung-soo Mi-kyung "
  "Sang-hoon Yeon-woo Na-rae Bo-ra Chae-won Tae-yang Joon-ho Da-eun Minjun Jiwoo Sooyoung Jihye "
  "Hyunjin Daniel Grace Esther Joseph Eunice Sarah",
  "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Jeon Hong Yoo Ko Moon "
  "Yang Bae Baek Heo Nam Shim Noh Kwak Sung Cha Joo Ryu Chung Rhee Pak Yun Oh Song Byun"),
 "southasian": (
  "Aarav Vihaan Arjun Rohan Rahul Priya Ananya Aditi Kavya Deepika Sanjay Vikram Rajesh Suresh "
  "Anil Sunita Lakshmi Meera Pooja Neha Harpreet Gurpreet Manpreet Jaspreet Simran Amandeep Imran "
  "Ayesha Fatima Bilal Hamza Zainab Sana Usman Faisal Asif Nadia Saima Kashif Rubina Sandeep",
  "Patel Sharma Singh Kumar Gupta Shah Mehta Reddy Nair Iyer Menon Pillai Rao Desai Joshi Chopra "
  "Kapoor Malhotra Bhatia Sandhu Gill Dhillon Grewal Sidhu Chaudhry Qureshi Khan Malik Butt Hussain "
  "Siddiqui Sheikh Rana Mirza Bhatt Banerjee Chatterjee Mukherjee Ghosh Krishnan Venkatesh"),
 "filipino": (
  "Maricel Rowena Jocelyn Marilou Lorna Analyn Jhun Rodel Ramil Romeo Arnel Reynaldo Efren Danilo "
  "Rogelio Cristina Rosario Jovelyn Marites Lovely Princess Honeylyn Mylene Rhea Ailene Jerome "
  "Jericho Angelo Joshua Kimberly Bea Carmina Czarina Divina Erlinda Leonora Teodoro Bienvenido "
  "Bong Nonoy Jun-Jun",
  "Santos Reyes Bautista Ocampo Tomas Andrada Villanueva Navarro Salazar Mercado Dizon Manalo "
  "Pangilinan Macapagal Soriano Gonzales Lacson Magsaysay Tolentino Agustin Buenaventura "
  "Evangelista Pascual Domingo Sison Valdez Fernandez Guevarra Tan Sy Aquino Mangubat Dimaculangan "
  "Lualhati Quisumbing Pacquiao Cabrera Alcaraz Dela_Cruz De_Leon delos_Santos"),
 "viet": (
  "Anh Bao Binh Cuong Dung Duc Hai Hanh Hieu Hoa Hung Huong Khanh Lan Linh Long Minh Nam Ngoc "
  "Nhung Phuong Quang Quynh Tam Thanh Thao Thu Thuy Trang Trung Tuan Vy Xuan Phương Thảo Dũng "
  "Tuấn Khoa Loan Nga",
  "Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Huynh Huỳnh Hoang Phan Vu Vo Võ Dang Bui Ngo Duong Ly "
  "Truong Dinh Trinh Cao Luu Quach Doan Chau Kieu Tong Thai Giang Vuong Ta Lac La Mai Diep Thach Lieu Hua Khuu"),
 "arab": (
  "Mohammed Muhammad Ahmed Omar Ali Hassan Hussein Khalid Yousef Ibrahim Mahmoud Tariq Ziad Karim "
  "Samir Nabil Rami Fadi Walid Bassam Fatima Aisha Layla Leila Noor Mariam Rania Huda Salma Yasmin "
  "Dina Reem Hala Lina Nadine Zeina Amira Samira Hiba Rasha",
  "Haddad Khoury Nasser Saleh Mansour Hamdan Khalil Abboud Darwish Aziz Farouk Sabbagh Issa Habib "
  "Qasim Shaheen Jaber al-Rashid Al-Amin al-Masri El-Sayed Abdullah Hamadi Bakr Hijazi Zaher "
  "Tannous Atallah Kassem Najjar Barakat Salem Othman Awad Yassin Fakhoury Mourad Bitar bin_Saeed "
  "Al_Mansoori bin_Hassan"),
 "iranian": (
  "Reza Mohammad Hossein Mehdi Amir Dariush Kourosh Cyrus Babak Farhad Kamran Arash Behrouz Parviz "
  "Shahram Navid Omid Pejman Siavash Maryam Shirin Parisa Nasrin Azadeh Roya Golnaz Mahsa Niloufar "
  "Neda Ladan Fereshteh Setareh Simin Yasaman Sepideh Soraya Mina Bahar Kianoush Farzaneh",
  "Hosseini Mohammadi Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi Tehrani Shirazi "
  "Esfahani Kermani Tabrizi Farahani Ghorbani Naderi Navabi Soltani Rostami Bagheri Amini Azizi "
  "Safavi Ebrahimi Kazemi Akbari Mousavi Nouri Yazdani Golestani Zand Javadi Mirzaei Sharifi Afshar "
  "Daneshvar Khorasani Ansari"),
 "jewish": (
  "David Benjamin Aaron Avi Moshe Yosef Eli Ari Noam Yitzchak Shmuel Menachem Chaim Mordechai Ezra "
  "Asher Levi Jacob Nathan Rachel Rivka Leah Miriam Chana Devorah Shira Tova Yael Naomi Talia "
  "Batya Malka Ruth Hadassah Ilana Aviva Judith Shoshana Dov Gideon",
  "Cohen Levy Goldberg Friedman Katz Schwartz Rosenberg Weiss Shapiro Greenberg Klein Stein "
  "Goldstein Rosen Kaplan Horowitz Bernstein Feldman Rubin Lieberman Epstein Silverman Abramowitz "
  "Adler Birnbaum Finkelstein Glickman Halpern Lefkowitz Mandelbaum Perlman Rabinowitz Sachs "
  "Teitelbaum Wasserman Zuckerman Blum Ginsburg Hirsch Eisenberg"),
 "greek": (
  "Giorgos Yiannis Dimitris Konstantinos Nikos Christos Panagiotis Vasilis Kostas Stavros Spiros "
  "Thanasis Theo Andreas Michalis Petros Alexandros Manolis Stelios Takis Eleni Katerina Georgia "
  "Vasiliki Dimitra Angeliki Despina Anastasia Ioanna Eirini Chrysoula Paraskevi Athena Voula "
  "Toula Fotini Evangelia Zoe Kalliope Sotiria",
  "Papadopoulos Papadakis Georgiou Nikolaou Konstantinidis Dimitriou Ioannou Pappas Karagiannis "
  "Vlachos Economou Antoniou Christodoulou Alexiou Stavrou Makris Mavros Kouris Demetriou Theodorou "
  "Kyriakou Panagiotou Athanasiou Haralambous Petrakis Manolakis Zervas Tsakiris Galanis Lambrou "
  "Spanos Raptis Kostopoulos Drakos Angelopoulos Triantafyllou Chrysanthou Vasilakis Karras "
  "Anagnostou"),
 "italian": (
  "Giuseppe Giovanni Antonio Mario Luigi Francesco Salvatore Vincenzo Marco Alessandro Matteo "
  "Lorenzo Luca Paolo Enzo Rocco Carmine Gianni Dario Fabio Giulia Francesca Chiara Alessia "
  "Giovanna Rosalia Concetta Carmela Antonella Serena Federica Bianca Gabriella Nicoletta "
  "Donatella Raffaella Caterina Ilaria Niccolò Pasquale",
  "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca "
  "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso "
  "Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola D'Angelo "
  "De_Luca Di_Stefano Lo_Bianco"),
 "polish": (
  "Piotr Krzysztof Andrzej Tomasz Paweł Pawel Michał Michal Marcin Jakub Łukasz Lukasz Grzegorz "
  "Wojciech Mateusz Kamil Bartosz Szymon Dawid Maciej Anna Katarzyna Małgorzata Malgorzata "
  "Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Zofia Monika Dorota Beata Halina Jadwiga "
  "Grażyna Zuzanna Natalia Wiktoria",
  "Nowak Kowalski Kowalska Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski "
  "Lewandowski Lewandowska Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur "
  "Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski "
  "Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski "
  "Adamczyk Dudek Górski"),
 "westafrican": (
  "Chidi Chinedu Chiamaka Ngozi Emeka Obinna Ifeanyi Nnamdi Adaeze Uche Oluwaseun Seun Tunde "
  "Babatunde Ayodele Funmilayo Folake Yetunde Adebayo Temitope Bola Kehinde Taiwo Musa Aminu Kofi "
  "Kwame Kwaku Yaw Kojo Ama Akosua Abena Efua Adwoa Esi Kwabena Nana Yaa Afia",
  "Okafor Okeke Nwosu Eze Obi Okonkwo Nwachukwu Adeyemi Oluwole Balogun Ogunleye Afolabi Akinola "
  "Bello Abubakar Danjuma Olawale Okoro Igwe Onyekachi Uzor Mensah Owusu Boateng Asante Agyeman "
  "Osei Appiah Darko Addo Amoah Ofori Acheampong Quaye Tetteh Badu Frimpong Ansah Adjei Oyelaran"),
 "somali": (
  "Abdi Abdirahman Abdullahi Mohamed Yusuf Ismail Farah Liban Mahad Bashir Khadar Guled Mukhtar "
  "Ayaan Hodan Sahra Fadumo Halima Hawa Ikran Ifrah Nimco Safiya Amina Asha Deeqa Faiza Hibo "
  "Khadija Maryan Muna Ruqia Sagal Sucaad Ubah Abdiwali Mustafe Hamdi Najma Idil",
  "Warsame Hersi Jama Mohamud Osman Egal Dahir Aden Nur Samatar Gedi Barre Shire Duale Elmi Hirsi "
  "Mire Keynan Awale Adan Haji Isse Kahin Bile Roble Qorane Abdillahi Omar Yusuf Ismail Abdi "
  "Farah Hassan Ali Ahmed Mohamed Hussein Guled Sheikh Afrah Galaydh Dualeh"),
 "pacific": (
  "Aroha Anahera Ataahua Hine Kiri Mere Moana Ngaire Rangi Tama Tane Tipene Wiremu Hemi Hohepa "
  "Manaia Nikau Rawiri Tamati Tui Kahu Mihi Pania Rewi Huia Sione Losa Malia Tevita Viliami Sina "
  "Lagi Mele Salote Losaline Ioane Tavita Siaosi Fetu Lupe Mānaia",
  "Ngata Parata Tamihana Horomona Rangihuna Hēnare Henare Poutama Waititi Kereama Tuhiwai Ruatapu "
  "Wikaira Paewai Mahuika Karaka Tuilagi Fonoti Leota Faleolo Fuimaono Sapolu Taufa Fifita Tupou "
  "Havili Vaipulu Kaufusi Lolohea Naufahu Latu Tuipulotu Seiuli Aumua Falaniko Matagi Peleseuma "
  "Te_Whata Te_Kani Te_Rangi"),
 "indigca": (
  "Tantoo Buffy Waneek Wab Autumn Jordin Tanya Shawna Darlene Clayton Wade Dwayne Marlene Tanis "
  "Cheyenne Raven Skye Dakota Kenojuak Pitseolak Natar Zacharias Lucassie Elisapee Jaypeetee "
  "Leevi Siila Piita Eelee Ooleepeeka Mosha Pauloosie Qapik Nellie Mumilaaq Mandy Cody Brandon "
  "Trina Delphine Roseanne",
  "Cardinal Tootoo Kinew Peltier Beardy Bearskin Littlechild Whitehead Sinclair Fontaine "
  "Bellegarde Sainte-Marie Morrisseau Redsky Kakegamic Meekis Netmaker Okemaw Ahenakew Crowchild "
  "Manyfingers Yellowhorn Bigknife Wolfleg Starblanket Cutknife Thunderchild Sanderson Ashevak "
  "Aglukark Kunuk Ungalaaq Arnaquq Qaqqaq Kusugak Pootoogook Nanogak Commanda Nepinak Keeper"),
}


def _split_pool(s):
    out = []
    for chunk in s.split("|"):
        chunk = chunk.strip()
        if not chunk:
            continue
        # chunks at index boundaries: multiword names are written between bars
        out.append(chunk)
    res = []
    for i, chunk in enumerate(out):
        if " " in chunk and (chunk.split(" ")[0][0].islower() or chunk.split(" ")[0] in
                             ("Dela", "De", "Di", "Lo", "Te", "Al", "Nic", "Ó")) and len(chunk.split()) <= 3:
            res.append(chunk)
        else:
            # a bar chunk may hold ordinary single names plus a leading/trailing multiword name
            res.extend(chunk.split())
    return res


def _pool_words(s):
    """Multiword surnames are delimited by '|'; everything else is space separated."""
    return [w.replace("_", " ") for w in s.split()]


NAMES = {c: (_pool_words(g), _pool_words(f)) for c, (g, f) in _POOLS.items()}
# fix the anglo / others where an odd chunk follows: handled by | pairs
_FAMILY_FIRST = {"chinese", "korean", "viet"}
_VIET_MID = ["Van", "Thi", "Văn", "Thị", "Minh", "Ngoc", "Duc"]
_NICKS = ["Bex", "Jonno", "Tash", "Mo", "Sully", "Gaz", "Bazza", "Shaz", "Macca", "Kaz", "Lulu",
          "Jojo", "Dee", "Chichi", "Bongbong", "Boo", "Tee", "Rocky", "Nene", "Kiki", "Didi",
          "Bubba", "Junior", "Tiny", "Sunny", "Lala", "Pinky", "Bobo", "Wes", "Deedee", "Mimi"]
_TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Prof", "Rev", "Pastor", "Mr.", "Mrs.", "Dr."]

# ---------------------------------------------------------------- setting pools
_BRANDS_G = ("Spotify Netflix Audible Kindle_Unlimited Duolingo Coursera Udemy Skillshare MasterClass "
             "Khan_Academy Chegg Quizlet Grammarly Canva Zoom Microsoft_365 Google_Workspace Apple_Pay "
             "PayPal Stripe Afterpay Klarna Shopify Amazon eBay Etsy Zendesk Salesforce Intercom HubSpot "
             "Mailchimp Blackbaud Raiser's_Edge JustGiving GoFundMe Patreon Substack HelloFresh Peloton "
             "Headspace Calm Nintendo_Switch PlayStation_Plus Xbox_Game_Pass Disney+ Crunchyroll Babbel "
             "Rosetta_Stone Mathletics Reading_Eggs Seesaw ClassDojo Outschool Brilliant Tommy_Hilfiger "
             "Kate_Spade Ralph_Lauren Dr._Martens Ben_&_Jerry's Mary_Kay Jenny_Craig Sephora")
_BRANDS_C = {
 "US": "Target Walmart Costco Best_Buy Kohl's Macy's Trader_Joe's Wendy's Chewy Wayfair Venmo Zelle Cash_App "
       "USPS UPS FedEx Verizon Comcast Barnes_&_Noble Dollar_General St._Jude Feeding_America Habitat_for_Humanity",
 "CA": "Canadian_Tire Shoppers_Drug_Mart Hudson's_Bay Roots Indigo Tim_Hortons Interac Canada_Post Purolator "
       "Rogers Telus Mark's SickKids_Foundation Canadian_Cancer_Society Winners Simons",
 "UK": "Tesco Sainsbury's Argos Boots John_Lewis Marks_&_Spencer Currys Royal_Mail Evri DPD BT Sky Monzo "
       "Barclays Oxfam Macmillan Barnardo's Cancer_Research_UK Morrisons Gift_Aid Comic_Relief Waitrose",
 "AU": "JB_Hi-Fi Harvey_Norman Bunnings Kmart Big_W Woolworths Coles Australia_Post Telstra Optus CommBank "
       "Westpac Beyond_Blue Fred_Hollows_Foundation Officeworks Myer David_Jones",
 "NZ": "The_Warehouse Noel_Leeming Countdown Farmers Kmart NZ_Post Spark One_NZ Kiwibank ASB Plunket "
       "Starship SPCA Givealittle Trade_Me Mitre_10 Pak'nSave Kathmandu",
}
_SCHOOLS = {
 "US": "Arizona State|Georgia Tech|Lincoln High|Kennedy Middle School|Howard University|UCLA Extension|"
       "Miami Dade College|Austin Community College|Jefferson Elementary",
 "CA": "University of Toronto|UBC McGill|Ontario Tech|Humber College|Red River College|Saskatchewan Polytechnic|"
       "Sir John A. Macdonald Secondary|Simon Fraser",
 "UK": "Open University|King's College London|Manchester Met|St Mary's Primary|Oakwood Academy|"
       "University of Glasgow|Cardiff Uni|Leeds Beckett",
 "AU": "Monash UNSW|TAFE NSW|TAFE Queensland|RMIT|Deakin|Sydney Boys High|Macquarie Uni|Curtin",
 "NZ": "Auckland Uni|Massey|Victoria University of Wellington|AUT|Otago Polytechnic|Te Pūkenga|"
       "Rangitoto College|Aorere College",
}
_COURSES = ("Python for Beginners|GCSE Maths|AP Calculus|Year 10 Science|IELTS Prep|Data Analytics Bootcamp|"
            "SAT Prep|NCEA Level 2 English|Intro to UX|A-Level Chemistry|HSC Maths Advanced|Grade 11 Physics|"
            "Excel Masterclass|Spanish A2|Te Reo Māori Level 1|Digital Marketing Cert|ATAR Chemistry|"
            "Cert IV in Accounting|MCAT Prep|Early Years Phonics|Java 101|Piano Grade 3")
_CAMPAIGNS = ("Giving Tuesday|Winter Appeal|Red Nose Day|Movember|Daffodil Day|World's Greatest Shave|"
              "Christmas Appeal|Back to School Drive|Spring Raffle|Shave for a Cure|Relay for Life|"
              "Sponsor a Child|Emergency Appeal|Big Walk|Pink Ribbon Breakfast|Tree Planting Week|Telethon")
_TEAMS = ("Billing Ops|Tier 2|Tier 1|Retentions|Donor Care|Student Success|Escalations|Fraud Team|"
          "Trust & Safety|Payments|Fulfilment|Returns Desk|Gift Aid team|Admissions|Tech Support|Onboarding|"
          "Supporter Services|Collections|Warehouse|Logistics|Enrolments|Team Lead|QA|Social Care Team")
_PLANS = ("Premium|Family plan|Student plan|annual plan|monthly plan|Pro tier|Basic|Plus|Gold membership|"
          "trial|Duo plan|Team plan|Lifetime|Starter box|Unlimited")
_PRODUCTS = ("AirPods Pro|iPad Air|Galaxy Tab A9|Kindle Paperwhite|Chromebook 314|Fitbit Charge 6|"
             "Dyson V15|Switch OLED|Echo Dot|Surface Go 4|Pixel 8|MacBook Air M2|Bose QC45|Stanley cup|"
             "Lego 42151|Instant Pot Duo|Ninja AF101|Roomba i3|ThinkPad E14|Nespresso Vertuo")
_APPS = ("iOS app|Android app|web portal|parent portal|donor portal|student app|Canvas|Moodle|Blackboard|"
         "Google Classroom|Teams|Slack|WhatsApp|Messenger|live chat|Zendesk macro|Okta|Authenticator app")
_PLACES = {
 "US": "JFK|LAX|O'Hare|Mall of America|Union Station|Penn Station|Chicago|Houston|Atlanta|Texas|California|"
       "Georgia|Florida|Seattle|Charlotte|Jackson|Austin|Madison|Columbus|the Bay Area|Brooklyn|Ohio",
 "CA": "Pearson|YVR|Eaton Centre|Union Station|Toronto|Vancouver|Calgary|Winnipeg|Regina|Halifax|Ottawa|"
       "Montreal|Victoria|Iqaluit|Nunavut|Alberta|Ontario|Quebec|Thunder Bay|Saskatoon|Kingston",
 "UK": "Heathrow|Gatwick|Westfield Stratford|Paddington|Waterloo|London|Manchester|Leeds|Glasgow|Cardiff|"
       "Bristol|Belfast|Scotland|Wales|Yorkshire|Brighton|Preston|Chelsea|Camden|the Midlands|Lincoln",
 "AU": "Tullamarine|Sydney Airport|Chadstone|Flinders Street|Central Station|Sydney|Melbourne|Brisbane|"
       "Adelaide|Perth|Darwin|Hobart|Queensland|Victoria|NSW|WA|the Gold Coast|Geelong|Parramatta",
 "NZ": "Auckland Airport|Sylvia Park|Britomart|Auckland|Wellington|Christchurch|Hamilton|Tauranga|Dunedin|"
       "Rotorua|Gisborne|Northland|Waikato|Canterbury|the Hutt|Porirua|Queenstown|Whangārei",
}
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun".split()
_MONTHS = "January February March April May June July August September October November December".split()
_MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_SHORT = ["pls", "thx", "ty", "b4", "asap", "tmrw", "lol", "fyi", "tbc", "nfa", "pf", "cb", "w/e", "eod", "imo", "np"]


def _bar(s):
    out = []
    for i, p in enumerate(s.split("|")):
        p = p.strip()
        if not p:
            continue
        out.append(p)
    return out


def _bar_words(s):
    """'|' separates multiword items; plain spaces inside a chunk split single words unless the
    chunk is in a bar pair.  We treat every '|' chunk with >1 word as a space-split list only when
    the items are known single words; simpler: chunk items separated by '|' are items, and chunks
    containing spaces are split on spaces unless the chunk is between two bars."""
    parts = s.split("|")
    res = []
    n = len(parts)
    for i, p in enumerate(parts):
        p = p.strip()
        if not p:
            continue
        if 0 < i < n - 1:
            res.append(p)  # interior chunk: a single (possibly multiword) item
        else:
            res.extend(p.split()) if " " in p and i in (0, n - 1) and n > 1 and False else res.append(p)
    return res


def _items(s):
    """Items separated by '|'; a chunk containing only capitalised single words separated by
    spaces where each is a brand by itself is written with explicit '|' anyway, except the
    first-level lists below which we split explicitly."""
    return [p.strip() for p in s.split("|") if p.strip()]


# Brand strings mix '|' and spaces; split: within a chunk words are separate brands unless the
# chunk is a single multiword brand (written between bars).  Use the same odd/even trick by
# marking multiword brands with '|' on both sides.
def _brand_list(s):
    return [w.replace("_", " ") for w in s.split()]


BRANDS_G = _brand_list(_BRANDS_G)
BRANDS_C = {k: _brand_list(v) for k, v in _BRANDS_C.items()}
SCHOOLS = {k: _items(v) for k, v in _SCHOOLS.items()}
SCHOOLS["AU"] = ["Monash", "UNSW"] + SCHOOLS["AU"][1:]
SCHOOLS["CA"] = ["UBC", "McGill"] + SCHOOLS["CA"][2:] + ["University of Toronto"]
COURSES = _items(_COURSES)
CAMPAIGNS = _items(_CAMPAIGNS)
TEAMS = _items(_TEAMS)
PLANS = _items(_PLANS)
PRODUCTS = _items(_PRODUCTS)
APPS = _items(_APPS)
PLACES = {k: _items(v) for k, v in _PLACES.items()}

# ---------------------------------------------------------------- address data
_CITIES = {
 "US": [("Brooklyn, NY", "112"), ("Oakland, CA", "946"), ("Houston, TX", "770"), ("Atlanta, GA", "303"),
        ("Chicago, IL", "606"), ("Phoenix, AZ", "850"), ("Seattle, WA", "981"), ("Miami, FL", "331"),
        ("Denver, CO", "802"), ("Jackson, MS", "392"), ("Charlotte, NC", "282"), ("Austin, TX", "787"),
        ("Madison, WI", "537"), ("Columbus, OH", "432"), ("San Antonio, TX", "782"), ("Queens, NY", "113")],
 "CA": [("Toronto, ON", "M"), ("Vancouver, BC", "V"), ("Calgary, AB", "T"), ("Edmonton, AB", "T"),
        ("Winnipeg, MB", "R"), ("Regina, SK", "S"), ("Saskatoon, SK", "S"), ("Halifax, NS", "B"),
        ("Ottawa, ON", "K"), ("Mississauga, ON", "L"), ("Montreal, QC", "H"), ("Victoria, BC", "V"),
        ("Iqaluit, NU", "X"), ("Thunder Bay, ON", "P"), ("Surrey BC", "V"), ("Brampton ON", "L")],
 "UK": [("London", ["E8", "N16", "SE15", "NW6", "SW9", "E17", "W12", "E1"]), ("Manchester", ["M14", "M20", "M8"]),
        ("Birmingham", ["B15", "B11", "B29"]), ("Leeds", ["LS6", "LS8"]), ("Glasgow", ["G12", "G41"]),
        ("Edinburgh", ["EH3", "EH7"]), ("Cardiff", ["CF10", "CF24"]), ("Bristol", ["BS5", "BS6"]),
        ("Belfast", ["BT7", "BT9"]), ("Leicester", ["LE2", "LE5"]), ("Bradford", ["BD7", "BD8"]),
        ("Sheffield", ["S10", "S11"]), ("Swansea", ["SA1", "SA2"]), ("Luton", ["LU1", "LU4"])],
 "AU": [("Parramatta NSW", "21"), ("Blacktown NSW", "21"), ("Footscray VIC", "30"), ("Brunswick VIC", "30"),
        ("Fitzroy VIC", "30"), ("Cabramatta NSW", "21"), ("Logan QLD", "41"), ("Adelaide SA", "50"),
        ("Perth WA", "60"), ("Darwin NT", "08"), ("Hobart TAS", "70"), ("Geelong VIC", "32"),
        ("Springvale VIC", "31"), ("Toowoomba QLD", "43")],
 "NZ": [("Auckland", "10"), ("Grey Lynn, Auckland", "10"), ("Ōtāhuhu, Auckland", "10"), ("Manukau", "21"),
        ("Porirua", "50"), ("Wellington", "60"), ("Lower Hutt", "50"), ("Christchurch", "80"),
        ("Hamilton", "32"), ("Rotorua", "30"), ("Dunedin", "90"), ("Gisborne", "40"), ("Whangārei", "01"),
        ("Mangere, Auckland", "20")],
}
_STREETS = ("Maple Oak Elm King Queen Church High Station Victoria Albert George Wellington Jasper Yonge "
            "Bloor Dundas Spadina Kingsway Ponsonby Karangahape Cuba Lambton Collins Flinders Chapel Sunset "
            "Mission Valencia Peachtree Wattle Banksia Kowhai Pohutukawa Totara Cedar Willow Mill Park "
            "Riverside Harbour Hillcrest Lakeview Jefferson Lincoln Franklin Marine Beach Ridge Clifton "
            "Grange Sycamore Ash Birch Prospect Railway Great South Dominion Jervois Sandringham Kingsley "
            "Stanley Gordon Portobello Glenfield Bayview Cherry Magnolia Aspen").split()
_STYPE = {
 "US": ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Street", "Avenue", "Pl"],
 "CA": ["St", "Ave", "Cres", "Blvd", "Dr", "Rd", "Street", "Avenue", "Way", "Crt"],
 "UK": ["Road", "Street", "Lane", "Avenue", "Close", "Gardens", "Crescent", "Rd", "St", "Terrace", "Grove", "Way"],
 "AU": ["St", "Street", "Rd", "Road", "Ave", "Cres", "Pde", "Dr", "Ct", "Hwy", "Tce", "Pl"],
 "NZ": ["Road", "Rd", "Street", "St", "Ave", "Cres", "Tce", "Place", "Drive", "Lane"],
}


# ---------------------------------------------------------------- helpers
def _fold(w):
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c)).lower()


def _words(s):
    return [w for w in re.split(r"[\s\-'\u2019.,]+", s) if w]


def _ok_name(s, listed):
    return all(_fold(w) not in listed for w in _words(s))


def _ascii(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L")


class _Person:
    def __init__(self, rng, listed, culture=None):
        cultures = list(NAMES)
        for _ in range(200):
            c = culture or rng.choice(cultures)
            g = rng.choice(NAMES[c][0])
            f = rng.choice(NAMES[c][1])
            if _ok_name(g, listed) and _ok_name(f, listed) and g != f:
                break
            culture = None
        self.c, self.g, self.f = c, g, f
        self.mid = None
        if c == "viet" and rng.random() < 0.5:
            for _ in range(20):
                m = rng.choice(_VIET_MID)
                if _ok_name(m, listed):
                    self.mid = m
                    break
        for _ in range(100):
            n = rng.choice(_NICKS)
            if _ok_name(n, listed):
                break
        self.nick = n
        self.rng = rng

    def full(self):
        r = self.rng
        if self.c in _FAMILY_FIRST and r.random() < 0.45:
            if self.mid:
                return f"{self.f} {self.mid} {self.g}"
            return f"{self.f} {self.g}"
        if self.mid and r.random() < 0.5:
            return f"{self.g} {self.mid} {self.f}"
        return f"{self.g} {self.f}"

    def crm(self):
        return f"{self.f.upper()}, {self.g}"


# ---------------------------------------------------------------- generators
def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _phone(r, cc):
    k = r.random()
    if cc in ("US", "CA"):
        area = r.choice(["416", "647", "604", "403", "780", "204", "306", "902", "613", "514", "867", "905"]
                        if cc == "CA" else ["415", "212", "718", "404", "713", "312", "206", "305", "512", "601", "608"])
        a, b = "555" if r.random() < 0.3 else str(r.randint(200, 989)), _d(r, 4)
        return r.choice([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"+1 {area} {a} {b}", f"{area}{a}{b}",
                         f"{area}.{a}.{b}", f"1-{area}-{a}-{b}", f"+1 ({area}) {a}-{b}"])
    if cc == "UK":
        m = "7" + r.choice(["700", "911", "812", "456", "398", "534", "983"]) + _d(r, 6)
        if k < 0.6:
            return r.choice([f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"0{m}", f"+44{m}", f"+44 (0){m[:4]} {m[4:]}"])
        ar = r.choice(["020 7946", "0161 496", "0113 496", "0121 496", "0131 496", "029 2018", "0117 496"])
        return f"{ar} {_d(r, 4)}"
    if cc == "AU":
        m = "4" + _d(r, 8)
        if k < 0.65:
            return r.choice([f"0{m[:3]} {m[3:6]} {m[6:]}", f"+61 {m[:3]} {m[3:6]} {m[6:]}", f"0{m}", f"+61{m}",
                             f"0{m[:1]}{m[1:3]} {m[3:6]} {m[6:]}"])
        return r.choice([f"(0{r.choice('2378')}) {_d(r, 4)} {_d(r, 4)}", f"0{r.choice('2378')} {_d(r, 4)} {_d(r, 4)}"])
    # NZ
    p = r.choice(["21", "22", "27", "29", "20"])
    rest = _d(r, 7)
    if k < 0.6:
        return r.choice([f"0{p} {rest[:3]} {rest[3:]}", f"+64 {p} {rest[:3]} {rest[3:]}", f"0{p}{rest}",
                         f"+64{p}{rest}", f"0{p}-{rest[:3]}-{rest[3:]}"])
    return r.choice([f"(0{r.choice('34679')}) {_d(r, 3)} {_d(r, 4)}", f"0{r.choice('34679')} {_d(r, 3)} {_d(r, 4)}"])


_UKL = "ABDEFGHJLNPQRSTUWXYZ"
_CAL = "ABCEGHJKLMNPRSTVWXYZ"


def _postcode(r, cc, key):
    if cc == "US":
        z = key + _d(r, 2)
        return z + ("-" + _d(r, 4) if r.random() < 0.2 else "")
    if cc == "CA":
        s = f"{key}{r.randint(0, 9)}{r.choice(_CAL)}"
        t = f"{r.randint(0, 9)}{r.choice(_CAL)}{r.randint(0, 9)}"
        return s + ("" if r.random() < 0.2 else " ") + t
    if cc == "UK":
        s = r.choice(key)
        t = f"{r.randint(1, 9)}{r.choice(_UKL)}{r.choice(_UKL)}"
        return s + ("" if r.random() < 0.15 else " ") + t
    return key + _d(r, 2)


def _street(r, cc):
    num = str(r.randint(1, 2400) if cc in ("US", "CA") else r.randint(1, 240))
    st = f"{r.choice(_STREETS)} {r.choice(_STYPE[cc])}"
    if cc == "US" and r.random() < 0.25:
        st = r.choice(["N", "S", "E", "W"]) + " " + st
    k = r.random()
    if cc == "US":
        if k < 0.3:
            return f"{num} {st} {r.choice(['Apt', 'Apt.', '#', 'Unit', 'Ste'])} {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}".replace("# ", "#")
        return f"{num} {st}"
    if cc == "CA":
        if k < 0.3:
            return f"{r.randint(101, 2408)}-{num} {st}"
        if k < 0.4:
            return f"Unit {r.randint(1, 30)}, {num} {st}"
        return f"{num} {st}"
    if cc == "UK":
        if k < 0.3:
            return f"{r.choice(['Flat', 'Flat', 'Apartment'])} {r.randint(1, 30)}{r.choice(['', 'a', 'B'])}, {num} {st}"
        return f"{num} {st}"
    if cc == "AU":
        if k < 0.35:
            return f"{r.randint(1, 30)}/{num} {st}"
        if k < 0.45:
            return f"Unit {r.randint(1, 30)}, {num} {st}"
        return f"{num} {st}"
    if k < 0.35:
        return f"{r.randint(1, 12)}/{num} {st}"
    if k < 0.45:
        return f"Flat {r.randint(1, 9)}, {num} {st}"
    return f"{num} {st}"


def _card(r):
    k = r.random()
    if k < 0.25:
        return "3" + r.choice("47") + _d(r, 2) + " " + _d(r, 6) + " " + _d(r, 5)
    first = r.choice(["4", "5", "4", "2"])
    d = first + _d(r, 15)
    if k < 0.7:
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if k < 0.85:
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    return d


def _iban(r):
    k = r.random()
    if k < 0.6:
        bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"])
        raw = "GB" + _d(r, 2) + bank + _d(r, 14)
    elif k < 0.75:
        raw = "IE" + _d(r, 2) + r.choice(["AIBK", "BOFI"]) + _d(r, 14)
    elif k < 0.9:
        raw = "DE" + _d(r, 20)
    else:
        raw = "FR76" + _d(r, 23)
    if r.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def _ip(r):
    if r.random() < 0.85:
        return ".".join(str(x) for x in (r.choice([24, 73, 86, 98, 101, 122, 142, 174, 203, 49, 81, 110, 192, 5]),
                                         r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
    return "2001:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{r.randint(1, 4095):x}"


def _dob(r, cc):
    y = r.randint(1938, 2012)
    m = r.randint(1, 12)
    dd = r.randint(1, 28)
    k = r.random()
    if k < 0.35:
        if cc == "US":
            return r.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y % 100:02d}", f"{m}-{dd}-{y}"])
        return r.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y % 100:02d}", f"{dd}.{m:02d}.{y}"])
    if k < 0.5:
        return f"{y}-{m:02d}-{dd:02d}"
    if k < 0.75:
        return r.choice([f"{dd} {_MON3[m - 1].lower()} {y % 100:02d}", f"{dd} {_MONTHS[m - 1]} {y}",
                         f"{dd}{r.choice(['st', 'th', ''])} {_MON3[m - 1]} {y}", f"{dd}-{_MON3[m - 1]}-{y}"])
    return r.choice([f"{_MONTHS[m - 1]} {dd}, {y}", f"{_MON3[m - 1]} {dd} {y}", f"{_MON3[m - 1]}. {dd}, {y}"])


def _email(r, p):
    g = re.sub(r"[^a-z]", "", _ascii(p.g).lower())
    f = re.sub(r"[^a-z]", "", _ascii(p.f).lower())
    dom = r.choice(["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                    "hotmail.co.uk", "btinternet.com", "yahoo.ca", "shaw.ca", "bigpond.com", "optusnet.com.au",
                    "xtra.co.nz", "outlook.co.nz", "protonmail.com", "live.ca", "student.monash.edu"])
    user = r.choice([f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{f}.{g}", f"{g}_{f}{r.randint(1, 99)}",
                     f"{g}{r.randint(70, 2012)}", f"{g}.{f[0]}", f"{f}{g[0]}{r.randint(1, 9)}"])
    return f"{user}@{dom}"


def _url(r, p):
    g = re.sub(r"[^a-z]", "", _ascii(p.g).lower())
    f = re.sub(r"[^a-z]", "", _ascii(p.f).lower())
    return r.choice([f"linkedin.com/in/{g}-{f}", f"https://www.linkedin.com/in/{g}{f}{r.randint(1, 99)}",
                     f"facebook.com/{g}.{f}.{r.randint(1, 9)}", f"instagram.com/{g}_{f}",
                     f"https://www.justgiving.com/fundraising/{g}-{f}-runs", f"github.com/{g[0]}{f}",
                     f"https://givealittle.co.nz/fundraiser/{g}-{f}-kia-kaha",
                     f"gofundme.com/f/help-{g}-{f}", f"tiktok.com/@{g}.{f}", f"https://{g}{f}.com"])


def _handle(r, p):
    g = re.sub(r"[^a-z]", "", _ascii(p.g).lower())
    f = re.sub(r"[^a-z]", "", _ascii(p.f).lower())
    return r.choice([f"@{g}_{f}", f"@{g}{f}{r.randint(1, 99)}", f"@{g}.{f}", f"@the{g}", f"@{f}{g[0]}"])


def _natid(r, cc):
    """returns (cue, value)"""
    if cc == "US":
        if r.random() < 0.5:
            return r.choice(["ssn", "SSN", "last 4 ssn", "ss#"]), (_d(r, 4) if r.random() < 0.3 else
                                                                   f"{r.randint(100, 899)}-{_d(r, 2)}-{_d(r, 4)}")
        return r.choice(["DL", "driver's license", "license #"]), r.choice("ABCDFGHMNS") + _d(r, 7)
    if cc == "CA":
        if r.random() < 0.6:
            return r.choice(["SIN", "sin", "SIN#"]), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"
        return r.choice(["OHIP", "health card", "PHN"]), f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 3)}"
    if cc == "UK":
        if r.random() < 0.7:
            a = r.choice(["AB", "JG", "NP", "SK", "TW", "YL", "KC", "PR"])
            return r.choice(["NI no", "NINO", "NI number", "ni"]), r.choice(
                [f"{a} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}", f"{a}{_d(r, 6)}{r.choice('ABCD')}"])
        return r.choice(["NHS no", "NHS number"]), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}"
    if cc == "AU":
        if r.random() < 0.5:
            return r.choice(["TFN", "tfn"]), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"
        return r.choice(["Medicare no", "medicare", "Medicare #"]), f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}"
    if r.random() < 0.5:
        return r.choice(["IRD", "IRD no", "ird"]), f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"
    return r.choice(["NHI", "nhi"]), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _d(r, 4)


def _plate(r, cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    l = lambda n: "".join(r.choice(L) for _ in range(n))
    return {"US": lambda: f"{r.randint(1, 9)}{l(3)}{_d(r, 3)}",
            "CA": lambda: f"{l(4)} {_d(r, 3)}",
            "UK": lambda: f"{l(2)}{r.choice(['19', '21', '69', '71', '23', '73'])} {l(3)}",
            "AU": lambda: r.choice([f"{l(3)}-{_d(r, 2)}{l(1)}", f"{r.randint(1, 9)}{l(2)} {r.randint(1, 9)}{l(2)}"]),
            "NZ": lambda: f"{l(3)}{_d(r, 3)}"}[cc]()


def _acct(r):
    return r.choice([_d(r, 6), _d(r, 8), "AC-" + _d(r, 6), _d(r, 4) + "-" + _d(r, 4), "CUS" + _d(r, 7),
                     "SUB-" + _d(r, 5), "M" + _d(r, 7)])


def _order(r):
    return r.choice(["#" + _d(r, 6), _d(r, 9), "ORD-" + _d(r, 6), "A" + _d(r, 7), "#" + _d(r, 3) + "-" + _d(r, 7) + "-" + _d(r, 7),
                     "W" + _d(r, 9), "SO" + _d(r, 6), "#NZ" + _d(r, 5)])


def _ticket(r):
    return r.choice(["INC" + _d(r, 7), "#" + _d(r, 5), "CS-" + _d(r, 6), "ZD" + _d(r, 6), "case " + _d(r, 8),
                     "TKT-" + _d(r, 5), "SR" + _d(r, 7)])


def _donor(r):
    return r.choice(["D-" + _d(r, 6), "SUP" + _d(r, 6), _d(r, 7), "GA" + _d(r, 6), "DN" + _d(r, 5)])


def _student(r):
    return r.choice(["s" + _d(r, 7), _d(r, 8), "z" + _d(r, 7), "STU-" + _d(r, 5), _d(r, 3) + "-" + _d(r, 3) + "-" + _d(r, 3),
                     "u" + _d(r, 7)])


def _amount(r, cc):
    cur = {"US": "$", "CA": "$", "UK": "£", "AU": "$", "NZ": "$"}[cc]
    v = r.choice([5, 10, 12, 15, 20, 25, 30, 35, 50, 60, 75, 100, 120, 150, 200, 250])
    k = r.random()
    if k < 0.35:
        return f"{cur}{v - 0.01:.2f}"
    if k < 0.5:
        return f"{cur}{v}/mo" if cc != "UK" else f"£{v} pm"
    if k < 0.6:
        return f"{cc if cc != 'UK' else ''}{cur}{v}".replace("US$", "USD ").replace("CA$", "CAD ")
    return f"{cur}{v}"


def _date(r):
    dd = r.randint(1, 28)
    m = r.randint(1, 12)
    return r.choice([f"{dd} {_MON3[m - 1]}", f"{_MON3[m - 1]} {dd}", f"{dd}/{m}", f"{r.choice(_DAYS)}",
                     f"{r.choice(_DAYS)} {dd}th", "yesterday", "today", "last week", f"{_MONTHS[m - 1]} {dd}",
                     "next Fri", f"end of {_MONTHS[m - 1]}", f"the {dd}th"])


def _time(r):
    h = r.randint(7, 21)
    return r.choice([f"{h}:{r.choice(['00', '15', '30', '45', '05', '50'])}", f"{(h - 1) % 12 + 1}pm",
                     f"{(h - 1) % 12 + 1}:{r.choice(['00', '30'])}{r.choice(['am', 'pm'])}", f"{h:02d}{r.choice(['00', '30'])}hrs"])


def _model(r):
    return r.choice(["SKU " + _d(r, 6), "model X" + _d(r, 3), "size 10", "size M", "v2.3", "Gen 3", "SM-X210",
                     "A2894", "item 3 of 4", "batch 7", "v" + str(r.randint(4, 17)) + "." + str(r.randint(0, 9)),
                     "2 x " + r.choice(["hoodies", "books", "mugs", "kits"]), "XL"])


# ---------------------------------------------------------------- templates
# Placeholders: person: {given} {family} {full} {crm} {tfam} {nick} {poss} {given2} {full2}
# {fam2}; PII: {email} {phone} {card} {last4} {acct} {order} {ticket} {donor} {student} {natid}
# {plate} {handle} {addr} {street} {pc} {ip} {url} {iban} {dob} {email2} {phone2};
# keep: {brand} {app} {school} {course} {campaign} {team} {place} {place2} {day} {month} {date}
# {time} {amt} {amt2} {n} {model} {plan} {product} {sh} {year}
PII_TEMPLATES = [
 "Cust: {crm} | Acct {acct} | issue: double charged for {brand} {plan}, refunded {amt}",
 "cx {given} called re {brand} renewal, wants to cancel b4 {date}, offered {plan} at {amt} - accepted ty",
 "Spoke w/ {tfam} today, updated email to {email} and phone {phone}",
 "{full} - donor since {year} - upgraded monthly gift to {amt} for {campaign}",
 "Parent {full} rang about {course} at {school}, student ID {student}, login reset sent to {email}",
 "Caller: {full} | DOB {dob} | verified via {natid} | passed to {team}",
 "{given} was lovely, her son {given2} loves the {course} course, just needed the invoice resent to {email}",
 "refund processed for order {order}, card ending {last4}, {given} happy w/ outcome",
 "Customer {full} reported card {card} stolen, blocked + new one ordered, advised {brand} sub will fail",
 "Name: {crm}; Addr: {addr}; Ph: {phone}; wants paper receipts for {campaign}",
 "new address for {given}: {addr} - old one was still on the {brand} account {acct}",
 "{tfam} called from {place}, dob {dob}, confirmed identity, gift aid declaration added for donor {donor}",
 "cx said pls call her on {phone} after {time}, name {given} {family}, ticket {ticket}",
 "Direct debit set up for {full}, IBAN {iban}, {amt} on the {n}th of each month",
 "Mrs {family} says her late husband {given2} {family} set up the donation, wants it moved into her name - donor id {donor}",
 "chat w/ {nick} ({full}) re {product} order {order}, tracking shows stuck at {place} depot",
 "{poss} tablet not syncing w/ {app}, reset done, device IP {ip}, will monitor",
 "Login attempts from {ip} on {given}'s account {acct}, locked + sent reset to {email}",
 "flagged: {full} fundraising page {url} raised {amt} for {campaign}, wants matched giving",
 "student {full} ({student}) enrolled in {course}, mum {given2} paying w/ card ending {last4}",
 "escalated to {team} - {crm} - order {order} - delivered to wrong address, correct is {street}, {pc}",
 "{full} dob {dob} - age check failed for {brand} {plan}, asked for ID",
 "Hi team, {given} {family} from {place} called about {product}. Ph {phone}. Pls call back {date}. Thx",
 "VIP donor {tfam} - {amt} one-off to {campaign} - thank-you letter to {addr}",
 "cust on IG {handle} complained about late {brand} box, order {order}, offered {amt} credit",
 "{given} {family} | {email} | {phone} | {plan} | renewal {date}",
 "Spoke to {given}'s dad {full2} - he is the account holder for {acct}, password reset ok",
 "Account holder {crm} asked to add daughter {given2} as second user on {plan}",
 "rego {plate} on the parking permit for {full}, {school} open day {date}",
 "pls note {full} is hard of hearing, use email {email} not phone",
 "Dr {family} from {school} wants an invoice for {n} seats of {brand}, PO to follow, contact {email}",
 "callback req: {given} - {phone} - re {campaign} receipt for tax",
 "{full} (pref name {nick}) disputes {amt} charge on card {card}, chargeback ticket {ticket}",
 "passport {passport} uploaded by {full} for the {course} exam booking",
 "moved from {place} to {addr}, {given} wants {brand} deliveries to new place from {date}",
 "updated DOB from {dob} to {dob2} for {full}, typo at sign up",
 "{given} {family} ph {phone} addr {street} {pc} - replacement {product} sent via {brand}",
 "cx {full} asked for all data to be deleted (GDPR), acct {acct}, email {email}, sent to {team}",
 "Ms {family} rang to say her donation card {card} expired, took new details, gift {amt}",
 "{crm} - NI {ni} - payroll giving setup, employer {brand}",
 "Customer wants refund to IBAN {iban} since card closed - {full}, order {order}",
 "son {given} ({student}) locked out of {app}, parent {full2} confirmed dob {dob}",
 "email from {email}: says she is {full} and never signed up for {plan}",
 "{full} says dont call b4 {time}, works nights at {place}, ph {phone}",
 "fyi {given2} in {team} already spoke to {given} yesterday re same issue, acct {acct}",
 "Supporter {full} wants her name spelled {given} {family} on the memorial page {url}",
 "Returning {product} - {full}, {addr} - label emailed to {email}",
 "{tfam} - cheque for {amt} rec'd for {campaign}, donor {donor}, thank you call done",
 "verified {given} w/ dob {dob} + postcode {pc}, changed plan to {plan}",
 "{nick} aka {full}, regular on live chat, ip {ip}, asks about {product} every week lol",
 "Contact: {full} / mob {phone} / alt {phone2} / email {email}",
 "{given} from {school} admissions office cc'd {given2} {fam2} about the {course} waitlist",
 "bday gift sub for {full} (dob {dob}), billing to {full2}, card ending {last4}",
 "ring {given} on {phone} re the broken {product}, she said any time after {time}",
 "Please update {crm} mailing address to {addr}, no more calls from {team} pls",
 "{given} {family}, {email}, says promo code from {campaign} didn't work, applied {amt} manually",
 "ticket {ticket}: {full} cant access {course} videos, browser cache cleared, ip {ip}",
 "Mr {family} wanted to know why {brand} took {amt} twice, it's the annual + monthly, acct {acct}",
 "{full} called in tears, her mum {given2} passed, cancel the {plan} + refund last {amt}",
 "kyc done: {crm}, dob {dob}, {natid}, addr {addr}",
 "shipping label for order {order} to {full}, {street}, {pc}, via {brand}",
 "{given}: 'im not paying for {plan} i never used it' - refunded {amt}, acct {acct}",
 "sponsor child letter from {full} to be forwarded, supporter no {donor}, email {email}",
 "tutor {full} asked for payout to {iban}, {n} sessions in {month}",
 "Rego {plate} - {full} left {product} on click and collect at {place}, ph {phone}",
 "{poss} linkedin {url} listed as reference for the {course} scholarship",
 "FAO {team}: {full} / {email} / {phone} / donor {donor} / wants to stop mail appeals",
 "caller {given} wouldnt give surname, couldnt verify, advised to email from {email}",
]
NOPII_TEMPLATES = [
 "{brand} outage in {place} since {time}, {n} chats in queue, pointed cx to status page",
 "Refund policy for {brand} {plan} updated {date}, {team} to brief Tier 1 {sh}",
 "{n} orders stuck at {place} depot, {brand} says ETA {date}, macro sent",
 "cust asked if {product} works w/ {app} - yes from {model}, ty",
 "{campaign} raised {amt} so far, {team} shout out on {day}",
 "reminder: {course} enrolments close {date}, {school} wants a list by {day}",
 "promo code for {campaign} not applying on {app}, raised w/ {team}, {sh}",
 "Price change on {brand} {plan} from {amt} to {amt2} starting {month}, expect calls",
 "{team} handover: {n} open tickets, {n2} waiting on {brand}, nothing urgent",
 "Caller asked about shipping to {place}, {brand} only ships to {place2} atm",
 "{product} back in stock {date}, {n} on waitlist, email blast via {brand}",
 "Anon donor dropped {amt} cash at {place} store for {campaign}",
 "login issues on {app} for {school} students, IT aware, fix by {time}",
 "{day} shift: {n} calls, {n2} chats, AHT {n3} min, {team} short staffed",
 "cx wanted {plan} discount, not eligible, offered {brand} gift card {amt} instead - declined",
 "{brand} payment gateway timing out, {team} logged P2 with vendor at {time}",
 "Q from caller: does {campaign} money stay in {place}? yes, told them about {brand} matching",
 "{course} starts {date}, zoom link goes out {day} {time}",
 "pls remember {month} donor receipts go via {brand} not post {sh}",
 "customer unhappy w/ {product} {model}, advised returns via {place} store within 30 days",
 "{school} bulk licence renewal for {n} seats of {brand}, invoice to accounts",
 "gift aid batch for {month} submitted, {n} declarations, {team} to check",
 "caller asked if {brand} and {brand2} bundle still on, ended {date}",
 "KB article for {app} refunds is out of date, flagged to {team}",
 "{n} duplicate charges from {brand} {date}, all reversed by {time}",
 "{place} warehouse closed for {holiday}, dispatch resumes {day}",
 "tier 2 call: cx in {place} couldnt see {course} on {app}, region lock, fixed",
 "training: new {brand} returns flow live {date}, {team} owns it",
 "Cust asked about {plan} vs {plan2}, explained, will decide after {holiday}",
 "donor asked how much of {amt} goes to {campaign}, sent the annual report link",
 "sys slow all morning, {app} crashing, {n} callbacks pending {sh}",
 "{brand} courier missed {place} run again, {n} parcels delayed to {date}",
 "Reminder: no refunds on {course} after week {n}, per {school} policy",
 "CX SAID THE {product} ARRIVED SMASHED, PHOTOS ON FILE, REPLACEMENT FROM {place}",
 "{holiday} hours: {team} open {time} to {time2}, {brand} chat bot covers overnight",
 "{n} new sign ups from the {campaign} email, mostly {place}",
 "caller just wanted to say thanks for the {product}, kids love it lol",
 "{brand} says the {model} firmware fixes the pairing bug, tell cx to update",
 "cx confused by {brand} and {brand2} both charging, one is {app} store billing, explained",
 "Queue for {team} at {n} mins, pulled {n2} agents from Retentions",
]

_HOLIDAYS = ["Thanksgiving", "Boxing Day", "Waitangi Day", "Australia Day", "Canada Day", "Easter",
             "Labor Day", "Labour Day", "Christmas", "Matariki", "Anzac Day", "Victoria Day", "Diwali", "Eid",
             "Lunar New Year", "Black Friday", "Cyber Monday", "the bank holiday"]


def _parse(tpl):
    return [p for p in re.split(r"(\{\w+\})", tpl) if p]


class _Gen:
    def __init__(self, rng, listed):
        self.r = rng
        self.listed = listed

    def note(self, tpl):
        r = self.r
        cc = r.choice(["US", "US", "CA", "UK", "UK", "AU", "NZ"])
        p = _Person(r, self.listed)
        p2 = _Person(r, self.listed, p.c if r.random() < 0.6 else None)
        city, key = r.choice(_CITIES[cc])
        brands = BRANDS_G + BRANDS_C[cc] * 2
        parts = []
        for tok in _parse(tpl):
            if not (tok.startswith("{") and tok.endswith("}")):
                parts.append((tok, "o"))
                continue
            k = tok[1:-1]
            parts.extend(self.fill(k, r, cc, p, p2, city, key, brands))
        return parts

    def fill(self, k, r, cc, p, p2, city, key, brands):
        N = lambda s: [(s, "name")]
        if k == "given":
            return N(p.g)
        if k == "family":
            return N(p.f)
        if k == "full":
            return N(p.full())
        if k == "crm":
            if r.random() < 0.3:
                return [(p.f.upper(), "name"), (", ", "o"), (p.g, "name")]
            return N(p.crm())
        if k == "tfam":
            t = r.choice(_TITLES + (["Aunty", "Whaea"] if p.c == "pacific" else []))
            if r.random() < 0.2:
                return [(t + " ", "o"), (p.full(), "name")]
            return [(t + " ", "o"), (p.f, "name")]
        if k == "nick":
            return [("\"", "o"), (p.nick, "name"), ("\"", "o")]
        if k == "poss":
            return [(p.g, "name"), ("'s", "o")]
        if k == "given2":
            return N(p2.g)
        if k == "fam2":
            return N(p2.f)
        if k == "full2":
            return N(p2.full())
        if k == "email":
            return [(_email(r, p), "email")]
        if k == "email2":
            return [(_email(r, p2), "email")]
        if k in ("phone", "phone2"):
            return [(_phone(r, cc), "phone")]
        if k == "card":
            return [(_card(r), "card")]
        if k == "last4":
            return [(_d(r, 4), "card")]
        if k == "acct":
            return [(_acct(r), "id")]
        if k == "order":
            return [(_order(r), "id")]
        if k == "ticket":
            t = _ticket(r)
            if t.startswith("case "):
                return [("case ", "o"), (t[5:], "id")]
            return [(t, "id")]
        if k == "donor":
            return [(_donor(r), "id")]
        if k == "student":
            return [(_student(r), "id")]
        if k == "natid":
            cue, v = _natid(r, cc)
            return [(cue + " ", "o"), (v, "id")]
        if k == "ni":
            a = r.choice(["AB", "JG", "NP", "SK", "TW", "YL"])
            return [(f"{a} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}", "id")]
        if k == "passport":
            pre = {"US": "5", "CA": "G", "UK": "1", "AU": "PA", "NZ": "LA"}[cc]
            return [(pre + _d(r, 8 if cc in ("US", "UK") else 6), "id")]
        if k == "plate":
            return [(_plate(r, cc), "id")]
        if k == "handle":
            return [(_handle(r, p), "id")]
        if k == "addr":
            out = [(_street(r, cc), "address"), (r.choice([", ", " "]), "o"), (city, "~")]
            out += [(r.choice([", ", " ", "  "]) if cc != "UK" else r.choice([", ", " "]), "o"),
                    (_postcode(r, cc, key), "postcode")]
            return [(t.replace("  ", " "), l) for t, l in out]
        if k == "street":
            return [(_street(r, cc), "address")]
        if k == "pc":
            return [(_postcode(r, cc, key), "postcode")]
        if k == "ip":
            return [(_ip(r), "ip")]
        if k == "url":
            return [(_url(r, p), "url")]
        if k == "iban":
            return [(_iban(r), "iban")]
        if k in ("dob", "dob2"):
            return [(_dob(r, cc), "dob")]
        O = lambda s: [(s, "o")]
        if k in ("brand", "brand2"):
            return O(r.choice(brands))
        if k == "app":
            return O(r.choice(APPS))
        if k == "school":
            return O(r.choice(SCHOOLS[cc]))
        if k == "course":
            return O(r.choice(COURSES))
        if k == "campaign":
            return O(r.choice(CAMPAIGNS))
        if k == "team":
            return O(r.choice(TEAMS))
        if k in ("place", "place2"):
            return O(r.choice(PLACES[cc]))
        if k == "day":
            return O(r.choice(_DAYS))
        if k == "month":
            return O(r.choice(_MONTHS + _MON3))
        if k == "date":
            return O(_date(r))
        if k in ("time", "time2"):
            return O(_time(r))
        if k in ("amt", "amt2"):
            return O(_amount(r, cc))
        if k in ("n", "n2", "n3"):
            return O(str(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 40, 60, 120])))
        if k == "model":
            return O(_model(r))
        if k in ("plan", "plan2"):
            return O(r.choice(PLANS))
        if k == "product":
            return O(r.choice(PRODUCTS))
        if k == "sh":
            return O(r.choice(_SHORT))
        if k == "year":
            return O(str(r.randint(1998, 2023)))
        if k == "holiday":
            return O(r.choice(_HOLIDAYS))
        raise KeyError(k)


_PREFIXES = ["", "", "", "", "", "NOTE: ", "- ", "* ", "[chat] ", "[call] ", "Summary: ", "wrap: ", "Win: ",
             "cust win - ", "RE: ", "{d} - "]
_SUFFIXES = ["", "", "", "", "", " ty", " thx", " - resolved", " | closed", ". Resolved FCR.", " :)", " - cust happy",
             " (cust win!)", " - nfa", ". Thanks", " lol", " - follow up tmrw"]


def _merge(parts):
    out = []
    for t, l in parts:
        if not t:
            continue
        if out and l == "o" and out[-1][1] == "o":
            out[-1] = (out[-1][0] + t, "o")
        else:
            out.append((t, l))
    return out


def _chatify(text, r):
    """agent shorthand / typos applied to an 'o' part"""
    subs = [(r"\bcustomer\b", "cust"), (r"\bwith\b", "w/"), (r"\bplease\b", "pls"), (r"\bbefore\b", "b4"),
            (r"\bbecause\b", "bc"), (r"\btomorrow\b", "tmrw"), (r"\bthanks\b", "thx"), (r"\bthe\b", "teh"),
            (r"\breceived\b", "recieved"), (r"\babout\b", "abt"), (r"\byou\b", "u")]
    for a, b in subs:
        if r.random() < 0.3:
            text = re.sub(a, b, text, count=1)
    return text


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(w.lower() for w in listed)
    r = random.Random(SEED)
    g = _Gen(r, listed)
    notes, seen = [], set()
    n_nopii = round(N_NOTES * 0.45)
    plan = [False] * n_nopii + [True] * (N_NOTES - n_nopii)
    r.shuffle(plan)
    for want_pii in plan:
        for _ in range(500):
            tpl = r.choice(PII_TEMPLATES if want_pii else NOPII_TEMPLATES)
            parts = g.note(tpl)
            pre = r.choice(_PREFIXES)
            if "{d}" in pre:
                pre = pre.replace("{d}", _date(r))
            parts = [(pre, "o")] + parts + [(r.choice(_SUFFIXES), "o")]
            if r.random() < 0.25:
                parts = [(_chatify(t, r), l) if l == "o" else (t, l) for t, l in parts]
            if r.random() < 0.34:
                parts = [(t.lower(), l) for t, l in parts]
            elif r.random() < 0.04:
                parts = [(t.upper(), l) for t, l in parts]
            parts = _merge(parts)
            text = "".join(t for t, _ in parts)
            nw = len(text.split())
            if "\n" in text or not (5 <= nw <= 45) or text in seen:
                continue
            if any(l != "o" and (not t or t != t.strip()) for t, l in parts):
                continue
            seen.add(text)
            notes.append(parts)
            break
        else:
            raise RuntimeError("could not make a unique note")
    return notes


def _selfcheck():
    from collections import Counter
    assert len(PII_TEMPLATES) >= 60 and len(NOPII_TEMPLATES) >= 35, (len(PII_TEMPLATES), len(NOPII_TEMPLATES))
    for c, (gv, fm) in NAMES.items():
        assert len(set(gv)) >= 40 and len(set(fm)) >= 40, (c, len(set(gv)), len(set(fm)))
    notes = blind_notes(frozenset())
    assert notes == blind_notes(frozenset()), "not deterministic"
    assert len(notes) == N_NOTES
    texts = ["".join(t for t, _ in n) for n in notes]
    assert len(set(texts)) == N_NOTES, "duplicates"
    cnt = Counter()
    lower = nopii = 0
    for n, t in zip(notes, texts):
        assert "\n" not in t
        assert 5 <= len(t.split()) <= 45, t
        for s, l in n:
            assert l in LABELS, l
            if l != "o":
                assert s and s == s.strip(), (s, l)
            cnt[l] += 1
        if t == t.lower():
            lower += 1
        if all(l == "o" for _, l in n):
            nopii += 1
    # listed filter
    sample = frozenset({"maria", "mohammed", "nguyen", "kim", "smith", "jose", "lee", "singh", "chen", "ama",
                        "okafor", "cohen", "nowak", "wang", "patel", "garcia", "li", "tran", "farah", "te"})
    filt = blind_notes(sample)
    for n in filt:
        for s, l in n:
            if l == "name":
                bad = [w for w in _words(s) if _fold(w) in sample]
                assert not bad, (s, bad)
    assert filt == blind_notes(sample)
    print("notes:", len(notes))
    for l in LABELS:
        print(f"  {l:9s} {cnt[l]}")
    print(f"all-lower share: {lower / N_NOTES:.3f}")
    print(f"no-personal-data share: {nopii / N_NOTES:.3f}")
    print("templates: pii", len(PII_TEMPLATES), "no-pii", len(NOPII_TEMPLATES))
    print("listed filter: ok (sample of", len(sample), "words)")


if __name__ == "__main__":
    _selfcheck()
