#!/usr/bin/env python3
"""Blind evaluation set H: South Asian contact-centre agents' notes ("customer wins").

blind_notes(listed) -> list of notes; each note is a list of (text, label) segments.
Standard library only, deterministic (fixed seed).
"""
import random
import re
import unicodedata

SEED = 20261201
N_NOTES = 1000
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
PD_LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
             "url", "iban", "dob")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def _pieces(name):
    f = fold(name)
    out = [f]
    for p in re.split(r"[\s\-'.’]+", f):
        if p:
            out.append(p)
    out.append(re.sub(r"[\s\-'.’]+", "", f))
    return out


def _ok(name, listed):
    return all(p not in listed for p in _pieces(name) if p)


def _L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# ---------------------------------------------------------------------------
# naming cultures: male given, female given, family names, countries
# ---------------------------------------------------------------------------
CULT = {
    "bengali": dict(
        m=_L("Sourav, Saurav, Shourov, Arnab, Anirban, Debashis, Debasish, Partha, Subhajit, Sayan, "
             "Soumya, Tanmoy, Tapas, Indranil, Abhijit, Rajarshi, Sabyasachi, Joydeep, Supriyo, Biswajit, "
             "Pritam, Ritwik, Anupam, Sujoy, Arindam, Kaushik, Sandipan, Tirthankar, Shubhankar, Bappaditya, "
             "Sayantan, Souvik, Debraj, Rupankar"),
        f=_L("Moumita, Sreyashi, Sudeshna, Paromita, Poulami, Sanchita, Tanushree, Debjani, Rituparna, "
             "Sharmistha, Madhurima, Sohini, Oindrila, Srabanti, Payel, Mousumi, Susmita, Arpita, Tumpa, "
             "Mithu, Shampa, Rumki, Lipika, Rupsha, Anwesha, Debolina, Ishani, Koel, Srijita, Tithi, Urmi, "
             "Sayantani, Kakoli"),
        s=_L("Chatterjee, Chattopadhyay, Mukherjee, Mukhopadhyay, Banerjee, Bandyopadhyay, Bhattacharya, "
             "Bhattacharjee, Ganguly, Gangopadhyay, Chakraborty, Chakrabarti, Dasgupta, Sengupta, Ghosh, Bose, "
             "Basu, Mitra, Dutta, Datta, Majumdar, Bhowmick, Bhaumik, Sarkar, Roychowdhury, Haldar, Mondal, "
             "Biswas, Kundu, Saha, Dey, Nandi, Sinha Roy, Ray"),
        c=["IN", "IN", "BD"],
        pre_m=["Sri ", "Babu "], pre_f=["Srimati "],
        post_m=["da", "babu", "dada", "kaku"], post_f=["di", "boudi", "mashi", "kakima"]),
    "bengali_bd": dict(
        m=_L("Rafiqul, Shafiqul, Mahbub, Tanvir, Sabbir, Rakib, Mehedi, Tarek, Ashraful, Nazmul, Mizanur, "
             "Habibur, Touhid, Shahriar, Nur-e-Alam, Mahmudul, Saiful, Shakib, Mushfiqur, Emdadul, Anisul, "
             "Kamrul, Shahidul, Moinul, Fakhrul, Zillur, Obaidul, Ruhul Amin, Asaduzzaman, Kamruzzaman"),
        f=_L("Nusrat, Tahmina, Farzana, Sharmin, Nasrin, Rokeya, Sadia, Tanjila, Tanzila, Mehjabin, Afroza, "
             "Jannatul, Nur-e-Jannat, Shathi, Sumaiya, Mahmuda, Rehana, Shamima, Marjia, Tasnim, Nafisa, "
             "Lamia, Fahmida, Ishrat, Rumana, Jesmin, Taslima, Sanjida, Mahfuza"),
        s=_L("Hossain, Hossen, Rahman, Rahaman, Uddin, Akter, Akhter, Khatun, Molla, Howlader, Bhuiyan, Miah, "
             "Munshi, Patwary, Sarder, Chowdhury, Talukder, Sikder, Mridha, Khandaker, Mollah, Kabir, Haque, "
             "Hoque, Alam, Siddique, Matubbar, Bepari, Pramanik, Mazumder"),
        c=["BD", "BD", "IN"],
        pre_m=["Janab "], pre_f=["Begum ", "Mst. "],
        post_m=["bhai", "bhaiya", "saheb", "chacha"], post_f=["apa", "apu", "bhabi", "khala"]),
    "marathi": dict(
        m=_L("Aniket, Omkar, Prathamesh, Tejas, Vinayak, Shrikant, Dattatray, Pandurang, Tukaram, "
             "Dnyaneshwar, Sambhaji, Yashwant, Bhushan, Swapnil, Mandar, Ninad, Amey, Chinmay, Hrishikesh, "
             "Kedar, Ajinkya, Shantanu, Sushant, Nilesh, Rupesh, Balasaheb, Vitthal, Namdeo, Sopan, Abhay, "
             "Sarang, Mangesh, Chandrakant"),
        f=_L("Snehal, Shraddha, Sayali, Rutuja, Mrunal, Pallavi, Prajakta, Ashwini, Madhura, Ketaki, Manasi, "
             "Tejaswini, Vaishali, Sonali, Rupali, Shubhangi, Mangala, Sunanda, Ujwala, Vrushali, Mukta, "
             "Sharvari, Aboli, Janhavi, Mrinmayee, Anagha, Yogita, Asawari, Sai, Gargi, Radhika"),
        s=_L("Patil, Deshmukh, Kulkarni, Deshpande, Jadhav, Pawar, Shinde, Gaikwad, Chavan, Kale, Gokhale, "
             "Apte, Phadke, Bhosale, Salunkhe, Kadam, Mane, Sawant, Thackeray, Wagh, Dhole, Khandekar, "
             "Karmarkar, Paranjpe, Rajwade, Ghorpade, Nimbalkar, Jagtap, Kamble, Bhagwat, Gadgil, Sathe, "
             "Tendulkar, Mhatre, Gawde, Ranade"),
        c=["IN"], pre_m=["Shri ", "Shree "], pre_f=["Smt ", "Sau. ", "Kumari "],
        post_m=["bhau", "kaka", "saheb", "dada"], post_f=["tai", "kaki", "aai", "mavshi"]),
    "gujarati": dict(
        m=_L("Hitesh, Jignesh, Bhavesh, Mitesh, Ketan, Chirag, Hardik, Parth, Dhaval, Jaimin, Nirav, Tushar, "
             "Kalpesh, Alpesh, Paresh, Bhargav, Mehul, Jayesh, Harshad, Kaushal, Urvish, Devang, Yagnesh, "
             "Dharmesh, Hemang, Brijesh, Piyush, Ronak, Chintan, Maulik, Sanket"),
        f=_L("Hetal, Bhavna, Bhumika, Krupa, Dhara, Foram, Jinal, Khushbu, Urvi, Riddhi, Rupal, Falguni, "
             "Kinjal, Hiral, Toral, Jagruti, Daxa, Hansa, Nayna, Trupti, Shital, Avani, Zalak, Dhwani, "
             "Vidhi, Krina, Rinkal, Mittal, Bijal, Jalpa"),
        s=_L("Patel, Shah, Mehta, Desai, Parikh, Trivedi, Dave, Vyas, Pandya, Bhatt, Thakkar, Chauhan, "
             "Solanki, Parmar, Vaghela, Jadeja, Raval, Doshi, Sheth, Vora, Kothari, Panchal, Soni, Chokshi, "
             "Brahmbhatt, Dholakia, Makwana, Rathod, Bhanushali, Kapadia, Goswami, Zaveri, Lakhani"),
        c=["IN"], pre_m=["Shri "], pre_f=["Smt "],
        post_m=["bhai", "kaka", "ji"], post_f=["ben", "masi", "ba"]),
    "odia": dict(
        m=_L("Soumya Ranjan, Debasis, Prasanta, Bibhuti, Subrat, Manas, Pradyumna, Ashutosh, Jagannath, "
             "Chittaranjan, Bhabani, Sudhansu, Himansu, Jyotiranjan, Smruti Ranjan, Satyabrata, Tapan, "
             "Pabitra, Rashmi Ranjan, Bikash, Sitakanta, Durga Prasad, Lingaraj, Sambit, Nihar, Debabrata, "
             "Gyana Ranjan, Biranchi, Akshaya, Bijay"),
        f=_L("Sasmita, Jyotirmayee, Subhashree, Lipsa, Sipra, Pragyan, Swagatika, Priyadarshini, Mamata, "
             "Bijayalaxmi, Sanghamitra, Itishree, Subhalaxmi, Ipsita, Lopamudra, Rashmita, Sarojini, "
             "Gitanjali, Manaswini, Tapaswini, Snigdha, Sonalisa, Truptimayee, Bandita, Puspanjali, "
             "Madhusmita, Archita, Suchismita, Sushree, Pranati"),
        s=_L("Mohanty, Mohapatra, Mahapatra, Panda, Pradhan, Sahoo, Sahu, Behera, Jena, Swain, Rout, "
             "Routray, Tripathy, Senapati, Samal, Parida, Patnaik, Pattnaik, Dash, Satpathy, Biswal, Sethi, "
             "Lenka, Barik, Mallick, Pati, Sabat, Khuntia, Baral, Panigrahi, Dalai, Nanda, Samantaray"),
        c=["IN"], pre_m=["Sri "], pre_f=["Smt "],
        post_m=["bhai", "babu", "nana"], post_f=["apa", "nani", "mausi"]),
    "assamese": dict(
        m=_L("Bhupen, Hiren, Dhruba, Jyotiprasad, Pranjal, Nilutpal, Dhrubajyoti, Bidyut, Rituraj, Manash, "
             "Hemanta, Bitopan, Diganta, Rupam, Mridul, Angshuman, Jitumoni, Nabajit, Pallab, Bhargab, "
             "Hridoy, Utpal, Himangshu, Pulak, Debajit, Kishalay, Rajdeep, Ranjib, Zubeen, Mrinal"),
        f=_L("Juri, Jonali, Barnali, Dipshikha, Nilakshi, Mridusmita, Rimpi, Pranamika, Chandrama, Gitimoni, "
             "Jahnabi, Junmoni, Kasturi, Bornali, Anjumoni, Momi, Rashmirekha, Bhagyashree, Banasree, "
             "Dipanwita, Trishna, Sewali, Nayanmoni, Debashree, Mamoni, Bishakha, Pahi, Jinti, Aimoni, Rinku"),
        s=_L("Gogoi, Baruah, Barua, Bora, Borah, Saikia, Phukan, Hazarika, Kalita, Deka, Bordoloi, Sarma, "
             "Mahanta, Bhuyan, Rajkhowa, Konwar, Buragohain, Dowerah, Chetia, Neog, Handique, Borthakur, "
             "Tamuly, Medhi, Baishya, Boro, Brahma, Pegu, Doley, Kakoty, Duwarah, Gohain"),
        c=["IN"], pre_m=["Sri "], pre_f=["Srimati "],
        post_m=["da", "khura", "dada"], post_f=["baideu", "bou", "mahi", "ba"]),
    "sinhala": dict(
        m=_L("Nimal, Chaminda, Lasith, Sanath, Mahela, Thilina, Chamara, Nuwan, Dilshan, Kasun, Isuru, "
             "Asanka, Lahiru, Chathura, Ruwan, Sampath, Tharindu, Upul, Janaka, Dhammika, Buddhika, Gayan, "
             "Sajith, Dasun, Pasindu, Dimuth, Rangana, Upali, Wasantha, Chandana, Kumudu, Sisira"),
        f=_L("Nadeesha, Dilani, Sanduni, Chathurika, Ishara, Thilini, Nilmini, Shashikala, Dulani, Anoma, "
             "Sewwandi, Hasini, Imesha, Kaushalya, Madushani, Oshadi, Piyumi, Rasika, Sachini, Tharushi, "
             "Udeshika, Chamari, Sriyani, Malkanthi, Dilrukshi, Nethmi, Kavindya, Iresha, Inoka, Dammika"),
        s=_L("Perera, Wickramasinghe, Wickremesinghe, Jayasuriya, Jayawardena, Jayawardene, Gunawardena, "
             "Rajapaksa, Bandara, Dissanayake, Herath, Senanayake, Ranasinghe, Karunaratne, Wijesinghe, "
             "Weerasinghe, Gunasekara, Rathnayake, Kumarasinghe, Amarasinghe, Liyanage, Samarawickrama, "
             "Abeysekera, Munasinghe, Ekanayake, Pathirana, de Silva, de Mel, Wanigasekara, Jayasinghe, "
             "Hettiarachchi, Kodikara, Siriwardena, Wijeratne, Kariyawasam"),
        c=["LK"], pre_m=["Mr "], pre_f=["Mrs ", "Miss "],
        post_m=["mahattaya", "aiya", "malli", "mahathmaya"], post_f=["nona", "akka", "nangi", "madam"]),
    "lktamil": dict(
        m=_L("Tharshan, Thushanth, Kajan, Mathusan, Nirojan, Sanjeevan, Kirushanth, Pirashanth, Vithushan, "
             "Kobinath, Sutharsan, Jeyakumar, Ragavan, Sivapalan, Thavapalan, Yogarajah, Ketheeswaran, "
             "Nishanthan, Sayanthan, Tharmalingam, Thevarajah, Arulananthan, Sothilingam, Pathmanathan, "
             "Aravinthan, Janarthanan, Piratheepan, Luxshan, Kajeepan, Thanushan"),
        f=_L("Thuvaraka, Kajani, Tharshini, Mathumitha, Vithursha, Kirushanthy, Piraveena, Thanuja, "
             "Sivaranjani, Yalini, Kowsalya, Jeyanthi, Mathivathani, Suganthi, Kalaivani, Vasanthy, Thevaki, "
             "Abirami, Keerthana, Thulasi, Sajeetha, Anojah, Niranjala, Malar, Pavithra, Thusyanthi, "
             "Sharangi, Nivethitha, Laxshana, Kasthuri"),
        s=_L("Sivapalan, Thavarajah, Kanagaratnam, Ponnambalam, Sivasubramaniam, Selvarajah, Arumugam, "
             "Rasanayagam, Balasingham, Nadarajah, Thambiah, Sinnathamby, Kandiah, Velupillai, Rajaratnam, "
             "Paramanathan, Sivanesan, Yogeswaran, Kumaraswamy, Thiruchelvam, Navaratnam, Ganeshalingam, "
             "Ratnasingam, Sabaratnam, Vythilingam, Sellathurai, Jeyaratnam, Anandarajah, Murugesu, "
             "Suntharalingam, Kanapathipillai"),
        c=["LK"], pre_m=["Thiru ", "Mr "], pre_f=["Tmt ", "Selvi "],
        post_m=["anna", "thambi", "aiyaa"], post_f=["akka", "amma", "aunty"]),
    "nepali": dict(
        m=_L("Bishal, Aashish, Roshan, Binod, Dipendra, Gyanendra, Hari Bahadur, Dil Bahadur, Krishna Prasad, "
             "Ganga Ram, Tek Bahadur, Nabin, Saroj, Pushpa Kamal, Sher Bahadur, Bishnu, Yubaraj, Rabi, Sudip, "
             "Bijay, Sandesh, Prakash Raj, Bhupendra, Ram Prasad, Khadga, Lok Bahadur, Nar Bahadur, Suman, "
             "Bibek, Kushal, Pemba"),
        f=_L("Sarita, Sabina, Sushmita, Srijana, Bimala, Kamala, Pramila, Januka, Sapana, Rachana, Binita, "
             "Asmita, Samjhana, Rojina, Sangita, Dil Maya, Kalpana, Bipana, Niruta, Shristi, Aakriti, "
             "Prativa, Bishnu Maya, Kabita, Barsha, Sirjana, Nirmala, Ram Kumari, Sanu, Dawa"),
        s=_L("Adhikari, Poudel, Paudel, Pokharel, Khanal, Bhattarai, Dahal, Thapa, Magar, Gurung, Limbu, "
             "Tamang, Sherpa, Karki, Khadka, Basnet, Bhandari, KC, Shahi, Thakuri, Subedi, Ghimire, Neupane, "
             "Dhakal, Aryal, Gautam, Koirala, Lamichhane, Bista, Rijal, Regmi, Sapkota, Timalsina, Upreti, "
             "Devkota, Oli"),
        c=["NP"], pre_m=["Shree "], pre_f=["Shreemati "],
        post_m=["dai", "ji", "sir", "bhai"], post_f=["didi", "bahini", "ji", "madam"]),
    "newar": dict(
        m=_L("Nhuchhe, Tej Ratna, Siddhi Ratna, Purna Kaji, Asha Kaji, Chandra Man, Kul Man, Ratna Bahadur, "
             "Bekha Ratna, Dharma Ratna, Lochan, Ujjwal, Sujit, Prasanna, Rabindra, Nirmal, Sanjeev, Anup, "
             "Pravin, Shyam Krishna, Bal Krishna, Tirtha, Rajendra Man, Hira Kaji, Gyan Ratna, Bhaju Ratna, "
             "Sarbottam, Punya Ratna, Manik Ratna"),
        f=_L("Lasata, Sumina, Rubina, Sajana, Nani Maiya, Sanu Maiya, Hira Devi, Chini Maya, Nani Shova, "
             "Pumila, Sarina, Sumi, Jog Maya, Dil Shova, Tulsi Maya, Shreeya, Sabita, Rajani, Sulochana, "
             "Bidhya, Purnima, Nhuchhe Maya, Laxmi Shova, Ratna Devi, Sunmaya, Rasmila, Samita"),
        s=_L("Shakya, Bajracharya, Vajracharya, Maharjan, Shrestha, Tuladhar, Pradhan, Amatya, Manandhar, "
             "Dangol, Rajbhandari, Sthapit, Kansakar, Tamrakar, Shilpakar, Chitrakar, Malla, Karmacharya, "
             "Awale, Prajapati, Suwal, Duwal, Byanjankar, Rajkarnikar, Maskey, Sayami, Kayastha, "
             "Rajopadhyaya, Dongol, Nakarmi, Ranjitkar, Khadgi, Tandukar, Mulmi"),
        c=["NP"], pre_m=["Shree "], pre_f=["Shreemati "],
        post_m=["dai", "ji", "dajyu"], post_f=["didi", "tata", "ji"]),
    "maithili": dict(
        m=_L("Raghunath, Shyam Sundar, Vidyapati, Kameshwar, Bhogendra, Lakshminath, Ramashray, Hemkant, "
             "Mukund, Mithilesh, Madhukant, Devkant, Shivakant, Ramakant, Umakant, Ravikant, Baidyanath, "
             "Jaykant, Harinath, Brajkishor, Kripanand, Gunanand, Sadanand, Lalit Narayan, Indrakant, "
             "Chandrashekhar, Shashinath, Kamalkant, Dineshwar, Bholanath"),
        f=_L("Janaki, Maithili, Vaidehi, Kumkum, Nilu, Sharda, Vibha, Shailja, Ranjana, Sunaina, Godavari, "
             "Bandana, Kalyani, Savitri, Suchita, Premlata, Sudha Kumari, Rinku Devi, Kanchan Devi, "
             "Urmila, Chandrakala, Shobha Kumari, Anjani, Lalita Devi, Kusum, Manorama, Shanti Devi, "
             "Phoolkumari, Mala Kumari"),
        s=_L("Jha, Mishra, Thakur, Pathak, Chaudhary, Choudhary, Karn, Karna, Kamat, Mahato, Mahto, Sah, Raut, "
             "Paswan, Sada, Yadav, Upadhyay, Ojha, Mandal, Mukhiya, Sahni, Mallik, Bhagat, Prasad, Sinha, "
             "Lal Das, Jhaa, Khatwe, Jha Thakur"),
        c=["IN", "NP"], pre_m=["Shri ", "Pandit "], pre_f=["Smt "],
        post_m=["ji", "babu", "bhaiya", "kaka"], post_f=["ji", "didi", "bhauji"]),
    "balochi": dict(
        m=_L("Balach, Chakar, Dostain, Shahdad, Hammal, Mureed, Bijjar, Doda, Gwaharam, Jiand, Bebagr, Mehrab, "
             "Kahur, Mazar, Hasil, Dad Karim, Allah Bakhsh, Karim Bakhsh, Shah Murad, Noor Jan, Yar Mohammad, "
             "Ghulam Nabi, Sanaullah, Zahoor, Miran, Nasrullah, Wahid, Shay Mureed, Dur Mohammad, Sheh Mir"),
        f=_L("Haani, Sammi, Mahnaz, Gul Bibi, Banadi, Mahrang, Sammo, Shari, Bibi Gul, Malnaz, Noor Bibi, "
             "Mah Gul, Gul Bano, Nazbano, Mehr-un-Nisa, Zeb-un-Nisa, Bano, Kulsoom, Naz Bibi, Mahganj, "
             "Dur Bibi, Hamida, Sabiha, Mahal, Gulnaz, Zarbakht, Sadia Bibi"),
        s=_L("Baloch, Bugti, Marri, Mengal, Rind, Lashari, Raisani, Zehri, Jamali, Magsi, Bizenjo, Mazari, "
             "Khetran, Gichki, Kurd, Hooth, Sanjrani, Buledi, Jatoi, Domki, Notezai, Langove, Shahwani, Hasni, "
             "Gorgage, Kenazai, Dashti, Kalmati, Rakhshani, Sasoli, Mirwani, Umrani, Jamaldini"),
        c=["PK"], pre_m=["Waja ", "Janab "], pre_f=["Mohtarma "],
        post_m=["jan", "sahib", "sain"], post_f=["jan", "bibi", "sahiba"]),
    "kashmiri": dict(
        m=_L("Mehraj, Mushtaq, Showkat, Shabir, Ishfaq, Aijaz, Imtiyaz, Rouf, Muzaffar, Sajad, Yawar, "
             "Mudasir, Mudassir, Hilal, Javid, Gulzar, Manzoor, Bashir, Zahid, Suhail, Ubaid, Aadil, Parvaiz, "
             "Tanveer, Nisar, Mohiuddin, Ghulam Rasool, Ghulam Qadir, Abdul Ahad, Basharat"),
        f=_L("Shazia, Rukhsana, Mehvish, Insha, Iqra, Bisma, Nighat, Rifat, Shaheena, Naseema, Haleema, "
             "Mubeena, Tabassum, Shafiqa, Parveena, Ulfat, Nazia, Arifa, Ruqaya, Gulshan, Shameema, Farhat, "
             "Shabnam, Mehbooba, Rubeena, Sheeba, Zooni, Mehak, Sanober, Uzma"),
        s=_L("Bhat, Butt, Dar, Wani, Lone, Mir, Rather, Reshi, Naqash, Ganai, Khanday, Parray, Mattoo, "
             "Kitchloo, Drabu, Rafiqi, Andrabi, Geelani, Kanth, Mantoo, Peerzada, Chalkoo, Bazaz, Kanjwal, "
             "Sofi, Shalla, Qazi, Hakeem, Kawoosa, Ashai"),
        c=["IN"], pre_m=["Janab "], pre_f=["Mohtarma "],
        post_m=["sahab", "sahib", "bhai"], post_f=["ji", "sahiba", "baji"]),
    "kpandit": dict(
        m=_L("Triloki Nath, Jawahar Lal, Moti Lal, Pyare Lal, Avtar Krishan, Maharaj Krishen, Bushan Lal, "
             "Roop Krishen, Omkar Nath, Shamboo Nath, Dina Nath, Prithvi Nath, Makhan Lal, Chuni Lal, "
             "Radha Krishen, Kashi Nath, Brij Nath, Jia Lal, Sarwanand, Kanhaya Lal, Shiban, Pushkar, "
             "Tej Krishen, Shyam Lal, Niranjan Nath, Girdhari Lal, Rattan Lal, Dwarka Nath, Autar Krishen"),
        f=_L("Rajdulari, Prana, Ambika, Kamla, Dulari, Arundhati, Raj Rani, Shanta, Tosha, Lajwanti, Sarla, "
             "Rupawati, Mohini, Bimla, Kanta, Kaushal Rani, Indu, Taj Rani, Poshni, Lalita Kumari, Sheela, "
             "Kusum Lata, Raj Kumari, Shobha Rani, Prabha, Santosh Rani, Vijay Lakshmi, Girija"),
        s=_L("Kaul, Koul, Raina, Dhar, Pandita, Kachru, Zutshi, Tikoo, Razdan, Bakshi, Wazir, Bhan, Ganjoo, "
             "Handoo, Kak, Kalla, Kher, Kilam, Safaya, Sapru, Shangloo, Tickoo, Wali, Zadoo, Mushran, Ogra, "
             "Hangloo, Chrungoo, Labroo, Bamzai, Fotedar, Haksar, Katju"),
        c=["IN"], pre_m=["Pandit ", "Shri "], pre_f=["Smt "],
        post_m=["ji", "sahab", "bhaiya"], post_f=["ji", "bhabi", "didi"]),
    "konkani": dict(
        m=_L("Shripad, Damodar, Pundalik, Vasudev, Dattaprasad, Shivanand, Manguesh, Shantaram, Laxmikant, "
             "Ulhas, Gurudas, Raghuvir, Pranay, Prabhakar, Sadanand, Upendra, Yeshwant, Anant, Mahadev, Gajanan, "
             "Uday, Govind, Kashinath, Digambar, Sudin, Vishwanath, Rohidas, Pandurang, Satyawan, Dhaku"),
        f=_L("Sulaksha, Shubhada, Nutan, Vibhavari, Pratiksha, Nayana, Vinanti, Sanjivani, Revati, Kshama, "
             "Utkarsha, Shantadurga, Mhalsa, Sunanda, Prachi, Aparna, Madhavi, Rajashree, Sharada, Vaishnavi, "
             "Sushma, Sanyogita, Hemlata, Vidya, Shweta, Lata, Ketaki, Sunaina, Pournima, Ujwala"),
        s=_L("Kamat, Prabhu, Shenoy, Pai, Kini, Sardesai, Dessai, Kenkre, Kakodkar, Mhambre, Gaonkar, "
             "Parrikar, Velip, Gawas, Shirodkar, Borkar, Verenkar, Chodankar, Naik, Mahale, Kamath, Baliga, "
             "Mallya, Nadkarni, Karapurkar, Kerkar, Amonkar, Talaulikar, Bandodkar, Sinai, Kundaikar"),
        c=["IN"], pre_m=["Shri "], pre_f=["Smt "],
        post_m=["bab", "mam"], post_f=["bai", "mai", "akka"]),
    "goan": dict(
        m=_L("João, Sebastião, Agnelo, Caetano, Custódio, Domingos, Gonsalo, Inácio, Lourenço, Menino, Olavo, "
             "Savio, Tomazinho, Aleixo, Rosario, Bonifacio, Joaquim, Cajetan, Lino, Remy, Ivo, Agostinho, "
             "Francisco, Cosme, Bosco, Crispin, Anacleto, Minguel, Valeriano, Urbano"),
        f=_L("Conceição, Filomena, Inês, Antónia, Flávia, Lourdes, Fátima, Natércia, Carmelina, Ermelinda, "
             "Rosalina, Merlyn, Prazeres, Assunção, Graciana, Benedita, Socorro, Piedade, Luiza, Dulcine, "
             "Zenia, Ilda, Alzira, Lavina, Jacinta, Milagres, Clotilda, Rosy, Anjelina, Severina"),
        s=_L("D'Souza, Lobo, Menezes, Colaço, Noronha, Furtado, Gonsalves, D'Costa, da Costa, Mascarenhas, "
             "Braganza, Rebello, Coutinho, Cardozo, Fonseca, Barreto, Monteiro, Pinto-Furtado, Fernandes, "
             "Rodrigues, Pereira, Dias, D'Mello, D'Sa, Carvalho, Abreu, Quadros, Sequeira, Saldanha, de Souza, "
             "Afonso, Remedios, Correia, Alvares, Figueiredo, Lobo-Menezes"),
        c=["IN"], pre_m=["Senhor ", "Mr "], pre_f=["Dona ", "Mrs "],
        post_m=["uncle", "bab", "baba"], post_f=["aunty", "bai", "tia"]),
    "tulu": dict(
        m=_L("Sadananda, Koti, Chennaya, Kantha, Jayarama, Giridhar, Dayananda, Lokesh, Sharath, Nithin, "
             "Rakshith, Deekshith, Yathish, Sudhakar, Gangadhar, Vittal, Raghavendra, Manjunath, Shrinivas, "
             "Ramanna, Thimmappa, Prajwal, Chethan, Santhosh Kumar, Ravindra, Yogish, Kishan, Jayanth, "
             "Harshith, Vasantha"),
        f=_L("Siri, Abbakka, Kanthi, Sujatha, Shwetha, Ramya, Deeksha, Rakshitha, Sumana, Prathima, Kusuma, "
             "Jayanthi, Saritha, Mamatha, Sunitha, Vanitha, Leelavathi, Ashwitha, Sushmitha, Chaithra, "
             "Bhavya, Anvitha, Nischitha, Yashaswini, Harshitha, Vindya, "
             "Jayashree, Sowmya"),
        s=_L("Shetty, Hegde, Alva, Bhandary, Poojary, Pujari, Salian, Suvarna, Kotian, Bangera, Kunder, Karkera, "
             "Ballal, Chowta, Punja, Moolya, Sapaliga, Kottari, Gatty, Adyanthaya, Ail, Mendon, Sanil, Kanchan, "
             "Kukyan, Putran, Tingalaya, Padiwal, Marla, Shettigar, Rai, Amin"),
        c=["IN"], pre_m=["Sri "], pre_f=["Smt "],
        post_m=["anna", "maama"], post_f=["akka", "ajji", "madam"]),
    "dhivehi": dict(
        m=_L("Shiham, Shifaz, Nashid, Mahfooz, Thoriq, Ilham, Azim, Shafeeu, Aboobakuru, Yoosuf, Ahusan, "
             "Zaeem, Shaheem, Mausoom, Niyaz, Shiyam, Ihusan, Fazeel, Rilwan, Sujau, Moosa, Abdulla, Ahmed Shifau, "
             "Mohamed Ziyad, Hassan Zameel, Ibrahim Nazim, Adam Azim, Ismail Shafeeq, Hussain Manik"),
        f=_L("Aminath, Aishath, Fathimath, Mariyam, Hawwa, Khadheeja, Shiuna, Mausooma, Raifa, Zeeniya, "
             "Nashidha, Fazna, Shaheema, Ramiza, Raheema, Fathuhiyya, Hudha, Nadhiya, Shazna, Maisha, Nazima, "
             "Shareefa, Haseena, Zulfa, Aminath Shiuna, Aishath Raifa, Mariyam Shazna, Hawwa Zeeniya"),
        s=_L("Manik, Maniku, Rasheed, Shareef, Waheed, Zahir, Naseem, Nasheed, Gayoom, Saleem, Shakeel, Latheef, "
             "Faiz, Hameed, Thaufeeq, Solih, Saeed, Riyaz, Zubair, Jameel, Shafeeq, Haleem, Naeem, Fahmy, "
             "Majeed, Mohamed, Ibrahim"),
        c=["MV"], pre_m=["Mr "], pre_f=["Ms "],
        post_m=["sir"], post_f=["madam"]),
    "parsi": dict(
        m=_L("Cyrus, Jamshed, Rustom, Homi, Dinshaw, Jehangir, Nariman, Kaizad, Zubin, Farokh, Behram, Sorab, "
             "Pheroze, Keki, Nowroz, Boman, Zarir, Khushroo, Kersi, Yazdi, Meherwan, Navroze, Burjor, Naval, "
             "Dadabhai, Ratan, Mehernosh, Rohinton, Kaikhushroo, Darayus"),
        f=_L("Perizaad, Dilnaz, Zenobia, Nergis, Havovi, Arnavaz, Katayun, Freny, Dinaz, Parinaz, Jeroo, Piloo, "
             "Mehroo, Khorshed, Shernaz, Tehmina, Bapsy, Roxana, Zarine, Gulnar, Homai, Hutoxi, Kashmira, "
             "Anahita, Delnaz, Mahrukh, Shirin, Roshni, Armaity"),
        s=_L("Wadia, Mistry, Batliwala, Daruwalla, Readymoney, Sethna, Bharucha, Irani, Palkhivala, Bhabha, "
             "Cama, Dastur, Jeejeebhoy, Petit, Dubash, Sidhwa, Vakil, Poonawalla, Lentin, Talyarkhan, Karanjia, "
             "Kotwal, Screwvala, Kharas, Vachha, Bhiwandiwala, Pavri, Billimoria, Avari, Randeria, "
             "Cama-Wadia, Mehta-Irani"),
        c=["IN"], pre_m=["Ervad ", "Mr "], pre_f=["Mrs "],
        post_m=["uncle", "bawaji", "seth"], post_f=["aunty", "mamaiji", "bai"]),
}
CULT_ORDER = ["bengali", "bengali_bd", "marathi", "gujarati", "odia", "assamese", "sinhala", "lktamil",
              "nepali", "newar", "maithili", "balochi", "kashmiri", "kpandit", "konkani", "goan", "tulu",
              "dhivehi", "parsi"]

# names that are also ordinary English words (used only with an honorific or clear cue)
WORDNAMES = [("Engineer", "s", "m"), ("Contractor", "s", "f"), ("Merchant", "s", "m"),
             ("Captain", "s", "f"), ("Doctor", "s", "m"), ("Lucky", "g", "m"), ("Happy", "g", "m"),
             ("Sweety", "g", "f"), ("Pinky", "g", "f"), ("Honey", "g", "f"), ("Bulbul", "g", "f"),
             ("Moti", "g", "m"), ("Rose", "g", "f"), ("Ruby", "g", "f"), ("Baby", "g", "f")]

SIN_VASA = ["Mudiyanselage", "Arachchige", "Pathiranage", "Appuhamilage", "Hewage", "Gamage",
            "Kankanamge", "Vidanalage", "Pathirannehelage", "Wasala Mudiyanselage"]

# ---------------------------------------------------------------------------
# brands, products, places, jargon (all label "o")
# ---------------------------------------------------------------------------
TEL = {"IN": ["Jio", "Airtel", "Vi", "BSNL", "MTNL", "JioFiber", "Airtel Xstream Fiber", "ACT Fibernet"],
       "PK": ["Jazz", "Zong", "Telenor", "Ufone", "PTCL", "Nayatel", "StormFiber"],
       "BD": ["Grameenphone", "GP", "Robi", "Banglalink", "Teletalk", "Airtel BD", "Link3"],
       "LK": ["Dialog", "Mobitel", "SLT-Mobitel", "Hutch", "Airtel Lanka", "SLT Fibre"],
       "NP": ["Ncell", "NTC", "Nepal Telecom", "WorldLink", "Vianet", "Smart Cell", "ClassicTech"],
       "MV": ["Dhiraagu", "Ooredoo Maldives", "Ooredoo", "Dhiraagu Fibre"]}
BANK = {"IN": ["SBI", "HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak", "PNB", "Bank of Baroda", "Canara Bank",
               "Union Bank", "IDFC First", "Yes Bank", "IndusInd", "Federal Bank", "UCO Bank", "Saraswat Bank",
               "Cosmos Bank", "Karnataka Bank", "Bank of Maharashtra", "J&K Bank", "Indian Bank"],
        "PK": ["HBL", "UBL", "Meezan Bank", "MCB", "Allied Bank", "Bank Alfalah", "Faysal Bank", "BOP", "NBP",
               "Bank of Khyber"],
        "BD": ["BRAC Bank", "Dutch-Bangla Bank", "DBBL", "City Bank", "Islami Bank", "Sonali Bank",
               "Eastern Bank", "EBL", "Prime Bank", "Janata Bank"],
        "LK": ["Commercial Bank", "ComBank", "Sampath Bank", "HNB", "BOC", "People's Bank", "NDB",
               "Seylan Bank", "NSB", "DFCC"],
        "NP": ["Nabil Bank", "NIC Asia", "Global IME Bank", "NMB Bank", "Himalayan Bank",
               "Rastriya Banijya Bank", "Everest Bank", "Laxmi Sunrise", "Siddhartha Bank"],
        "MV": ["Bank of Maldives", "BML", "MIB", "SBI Maldives", "CBM"]}
WALLET = {"IN": ["Paytm", "PhonePe", "Google Pay", "GPay", "BHIM", "Amazon Pay", "MobiKwik", "Freecharge", "CRED"],
          "PK": ["JazzCash", "Easypaisa", "SadaPay", "NayaPay", "Raast", "UPaisa"],
          "BD": ["bKash", "Nagad", "Rocket", "Upay", "tap", "SureCash"],
          "LK": ["eZ Cash", "FriMi", "Genie", "mCash", "LankaQR", "iPay"],
          "NP": ["eSewa", "Khalti", "IME Pay", "Fonepay", "ConnectIPS", "NamastePay"],
          "MV": ["BML MobileBanking", "m-Faisaa", "Dhiraagu Pay", "Fahipay"]}
FOOD = {"IN": ["Swiggy", "Zomato", "Blinkit", "Zepto", "Swiggy Instamart", "EatSure", "Magicpin", "BigBasket Now",
               "Domino's", "Behrouz Biryani", "Faasos", "Haldiram's", "Wow! Momo", "Arsalan"],
        "PK": ["foodpanda", "Cheetay", "Bykea Food", "Savour Foods", "Student Biryani", "KFC", "Kababjees"],
        "BD": ["foodpanda", "Pathao Food", "Foodi", "Sultan's Dine", "Kacchi Bhai", "Shohoz Food", "Star Kabab"],
        "LK": ["PickMe Food", "Uber Eats", "foodpanda", "Pizza Hut", "Perera & Sons", "Burger King", "Keells"],
        "NP": ["Foodmandu", "Pathao Food", "Bhojdeals", "Bhatbhateni", "Roadhouse Cafe", "Bakery Cafe"],
        "MV": ["Muraka", "Seagull Cafe", "KFC", "Nooma", "Domino's"]}
RIDE = {"IN": ["Ola", "Uber", "Rapido", "BluSmart", "inDrive", "Namma Yatri", "Meru", "Porter"],
        "PK": ["Careem", "Bykea", "inDrive", "Yango", "Uber"],
        "BD": ["Pathao", "Uber", "Obhai", "inDrive", "Shohoz Rides"],
        "LK": ["PickMe", "Uber", "Kangaroo Cabs", "Budget Taxi"],
        "NP": ["Pathao", "inDrive", "Tootle", "Yango", "Sajilo Sawari"],
        "MV": ["taxi app", "Hulhumalé taxi", "city taxi", "Malé taxi"]}
SHOP = {"IN": ["Flipkart", "Amazon", "Myntra", "Meesho", "Nykaa", "Ajio", "Snapdeal", "Tata CLiQ", "JioMart",
               "BigBasket", "Croma", "Reliance Digital", "Lenskart", "FirstCry", "Pepperfry", "Purplle",
               "DMart Ready", "Vijay Sales"],
        "PK": ["Daraz", "Daraz.pk", "Telemart", "Shophive", "Khaadi", "Gul Ahmed", "Sapphire", "Naheed",
               "Imtiaz Super Market", "J."],
        "BD": ["Daraz", "Chaldal", "Rokomari", "Othoba", "Shajgoj", "Aarong", "Pickaboo", "Star Tech",
               "Shwapno", "Bata"],
        "LK": ["Daraz", "Kapruka", "Wasi.lk", "Singer", "Abans", "Softlogic", "Keells", "Cargills",
               "Odel", "Glomark"],
        "NP": ["Daraz", "Sastodeal", "Hamrobazar", "Thulo.com", "Bhatbhateni", "Big Mart", "Okdam",
               "Muncha"],
        "MV": ["STO", "Redwave", "Agora", "Lily Hypermarket", "Fantasy", "Sonee Hardware"]}
POWER = {"IN": ["MSEDCL", "Mahavitaran", "Tata Power", "Adani Electricity", "BEST", "CESC", "WBSEDCL",
                "Torrent Power", "UGVCL", "DGVCL", "TPCODL", "TPWODL", "APDCL", "JKPDD", "Goa Electricity Dept",
                "MESCOM", "NBPDCL", "PGVCL"],
         "PK": ["QESCO", "K-Electric", "LESCO", "IESCO", "HESCO", "SEPCO"],
         "BD": ["DESCO", "DPDC", "BPDB", "Palli Bidyut", "NESCO", "WZPDCL"],
         "LK": ["CEB", "LECO"], "NP": ["NEA", "Nepal Electricity Authority"], "MV": ["STELCO", "Fenaka"]}
GAS = {"IN": ["Indane", "HP Gas", "Bharat Gas", "Mahanagar Gas", "MGL", "Gujarat Gas", "Adani Total Gas",
              "Assam Gas", "Goa Natural Gas"],
       "PK": ["SSGC", "SNGPL", "Sui Southern", "Pak Arab LPG"],
       "BD": ["Titas Gas", "Karnaphuli Gas", "Bashundhara LP Gas", "Omera LPG", "Jamuna LPG"],
       "LK": ["Litro Gas", "Laugfs Gas"], "NP": ["Nepal Gas", "Everest Gas", "Sagarmatha Gas", "Om Gas"],
       "MV": ["Maldives Gas", "State Trading Organisation gas", "Villa Gas"]}
INS = {"IN": ["LIC", "Star Health", "HDFC ERGO", "ICICI Lombard", "Bajaj Allianz", "Niva Bupa", "Care Health",
              "Acko", "Digit", "PolicyBazaar", "Max Life", "SBI Life", "Tata AIG", "New India Assurance"],
       "PK": ["State Life", "Jubilee Life", "EFU Life", "Adamjee Insurance", "TPL Insurance", "Sehat Sahulat"],
       "BD": ["Green Delta", "MetLife", "Pragati Life", "Guardian Life", "Jiban Bima"],
       "LK": ["Sri Lanka Insurance", "Ceylinco Life", "AIA", "Union Assurance", "Allianz Lanka", "Softlogic Life"],
       "NP": ["Nepal Life", "LIC Nepal", "Shikhar Insurance", "Sagarmatha Lumbini", "Himalayan Life"],
       "MV": ["Allied Insurance", "Aasandha", "Ady Insurance", "Dhivehi Takaful"]}
CITY = {"IN": ["Mumbai", "Pune", "Nagpur", "Kolkata", "Howrah", "Ahmedabad", "Surat", "Vadodara", "Rajkot",
               "Bhubaneswar", "Cuttack", "Puri", "Guwahati", "Jorhat", "Dibrugarh", "Srinagar", "Jammu", "Anantnag",
               "Panaji", "Margao", "Mangaluru", "Udupi", "Darbhanga", "Madhubani", "Navi Mumbai", "Thane"],
        "PK": ["Quetta", "Karachi", "Gwadar", "Turbat", "Hub", "Islamabad", "Lahore", "Khuzdar", "Panjgur"],
        "BD": ["Dhaka", "Chattogram", "Chittagong", "Sylhet", "Khulna", "Rajshahi", "Gazipur", "Narayanganj",
               "Cumilla"],
        "LK": ["Colombo", "Kandy", "Jaffna", "Galle", "Batticaloa", "Trincomalee", "Negombo", "Kurunegala",
               "Vavuniya", "Matara"],
        "NP": ["Kathmandu", "Lalitpur", "Patan", "Bhaktapur", "Pokhara", "Biratnagar", "Janakpur", "Birgunj",
               "Dharan", "Butwal"],
        "MV": ["Male", "Malé", "Hulhumalé", "Hulhumale", "Addu City", "Fuvahmulah", "Kulhudhuffushi", "Villimale"]}
AIRLINE = ["IndiGo", "Air India", "Air India Express", "Akasa Air", "SpiceJet", "PIA", "Airblue", "SereneAir",
           "Biman", "US-Bangla", "NovoAir", "SriLankan Airlines", "FitsAir", "Buddha Air", "Yeti Airlines",
           "Shree Airlines", "Maldivian", "Manta Air", "Emirates", "flydubai", "Air Arabia", "Qatar Airways"]
DTH = ["Tata Play", "Dish TV", "Airtel Digital TV", "Sun Direct", "DD Free Dish", "DishHome", "PEO TV",
       "Dialog TV", "Akash DTH", "Medianet", "Net TV"]
STREAM = ["Disney+ Hotstar", "JioCinema", "SonyLIV", "ZEE5", "Netflix", "Prime Video", "hoichoi", "Chorki",
          "Bongo", "Tamasha", "YouTube Premium", "Spotify", "Wynk", "Gaana", "Planet Marathi"]
REMIT = ["Western Union", "MoneyGram", "Remitly", "Wise", "Al Ansari Exchange", "Lulu Exchange", "Prabhu Money",
         "IME Remit", "Ria", "Al Fardan Exchange"]
ABROAD = ["Dubai", "Doha", "Riyadh", "Muscat", "Kuwait", "Kuala Lumpur", "Seoul", "London", "Toronto"]
DEVICE = ["iPhone 13", "iPhone 15", "Redmi Note 12", "Samsung Galaxy M14", "Galaxy A15", "Realme Narzo 60",
          "Vivo Y21", "Oppo A57", "Tecno Spark 10", "Infinix Hot 30", "Nokia 105", "JioPhone", "OnePlus Nord",
          "Fire TV Stick", "HP laptop", "Lenovo IdeaPad", "Dell Inspiron", "Sony Bravia", "Mi TV", "Walton Primo",
          "Symphony Z60", "Honor X7", "Poco X5", "Moto G54", "iPad"]
HOSP = ["Apollo", "Fortis", "Manipal Hospital", "AMRI", "Kokilaben Hospital", "Lilavati", "Ruby Hall Clinic",
        "Aga Khan Hospital", "Shaukat Khanum", "Square Hospital", "Evercare Dhaka", "Lanka Hospitals", "Asiri",
        "Nawaloka", "Durdans", "Norvic", "Grande Hospital", "IGMH", "ADK Hospital", "SKIMS", "KIMS", "AIIMS"]
PROD = ["iPhone 13", "iPhone 15", "Redmi Note 12", "Samsung Galaxy M14", "Galaxy A15", "Realme Narzo 60",
        "Vivo Y21", "Oppo A57", "Tecno Spark 10", "Infinix Hot 30", "Nokia 105", "JioPhone", "OnePlus Nord",
        "boAt Airdopes", "JBL Go", "Mi Band", "Fire TV Stick", "Prestige cooker", "Philips trimmer",
        "Havells fan", "Bajaj mixer", "Usha sewing machine", "Walton fridge", "Symphony phone", "Haier AC",
        "Dawlance fridge", "Orient fan", "LG washing machine", "Sony Bravia", "Kent RO", "Aquaguard",
        "Godrej almirah", "Milton bottle", "HP laptop", "Lenovo IdeaPad", "Dell Inspiron", "Canon printer",
        "Titan watch", "Fastrack watch", "Bata sandals", "Woodland shoes", "Puma tshirt", "Levi's jeans",
        "Amul butter", "Aashirvaad atta", "Fortune oil", "Maggi", "Horlicks", "Bournvita", "Surf Excel",
        "Dettol", "Anchor milk powder", "Munchee biscuits", "Wai Wai", "Olpers", "Shan masala", "Tapal tea",
        "Pran juice", "Radhuni masala", "Dilmah tea", "Elephant House", "Highland milk"]
TEAM = ["L2", "L3", "back office", "BO team", "KYC team", "chargeback team", "disputes desk", "retention desk",
        "escalations", "NOC", "field team", "FE team", "tech desk", "billing team", "collections",
        "FRM team", "nodal officer", "grievance cell", "social media team", "Hindi queue", "Bangla queue",
        "Sinhala queue", "Tamil queue", "Nepali queue", "Marathi queue", "Gujarati queue", "Odia queue",
        "Assamese queue", "Dhivehi desk", "Urdu queue", "premium desk", "HNI desk", "VIP queue", "priority queue",
        "Team Falcon", "Team Phoenix", "Team Titans", "Team Everest", "night shift", "WFH batch 12", "QA",
        "WFM", "MIS team", "claims team", "underwriting", "TPA desk", "rider support", "partner support",
        "merchant desk", "seller support", "Tier 2", "POSH committee", "Ombudsman cell", "CEO desk"]
JARG = ["AHT", "ACW", "FCR", "CSAT", "DSAT", "NPS", "TAT", "SLA", "RCA", "VOC", "IVR", "CRM", "KYC", "eKYC",
        "re-KYC", "OTP", "UPI", "NEFT", "IMPS", "RTGS", "NACH", "e-mandate", "COD", "RTO", "NDR", "POD", "MNP",
        "UPC", "PUK", "APN", "VoLTE", "FUP", "SOP", "KB article", "cold transfer", "warm transfer", "PTP", "DPD",
        "EMI", "CIBIL", "chargeback", "goodwill", "waiver", "RRN", "UTR", "ARN", "IFSC", "SWIFT", "BVS",
        "NADRA Verisys", "FTR", "QA audit", "escalation matrix", "DND", "VAS", "eSIM", "SIM swap", "FTTH",
        "LOS", "ONT", "ETA", "NPA", "moratorium", "auto-debit", "standing instruction", "TDS", "GST"]
TELISSUE = ["no network", "slow data", "call drops", "sim not working", "recharge not credited",
            "wrong deduction", "VAS deactivation", "5G not showing", "intl roaming not working", "bill too high",
            "eSIM activation", "porting stuck", "OTP sms not coming", "broadband down", "fiber LOS red light",
            "data pack expired early", "caller tune charges", "hotspot not working", "no incoming calls"]
ITEMS = ["2 chicken biryani 1 raita", "1 veg thali", "kacchi biryani", "chicken sajji", "dal makhani + naan",
         "4 vada pav", "poha and chai", "dhokla box", "misal pav", "rasgulla 1kg", "mishti doi", "fish thali",
         "chhena poda", "buff momo", "kothey momo", "yomari", "sel roti", "rogan josh", "gushtaba", "kahwa",
         "prawn xacuti", "bebinca", "neer dosa + chicken sukka", "kori rotti", "mas huni roshi", "garudhiya",
         "dhansak", "patra ni machhi", "sali boti", "kottu", "string hoppers", "lamprais", "idiyappam",
         "pol sambol", "chicken 65", "2 Coke 1 Sprite", "Maggi combo", "paneer tikka", "fuchka", "haleem",
         "sajji + kaak", "chicken karahi", "masala dosa", "jhalmuri", "aloo paratha"]
FEST = ["Diwali", "Durga Puja", "Eid", "Dashain", "Tihar", "Bihu", "Ganesh Chaturthi", "Navratri", "Pongal",
        "Thai Pongal", "Avurudu", "Vesak", "Losar", "Holi", "Chhath", "Navroz", "Ramadan", "Christmas",
        "Big Billion Days", "Great Indian Festival", "11.11", "Pohela Boishakh", "Gudi Padwa",
        "Rath Yatra", "Poson", "Independence Day", "Indra Jatra", "Shivratri"]
PLAN = ["unlimited pack", "monthly combo", "night pack", "data booster", "roaming pack", "postpaid 599 plan",
        "family plan", "fiber 100 Mbps", "annual plan", "weekly bundle", "student pack", "5G unlimited",
        "Super Card", "Freedom plan", "Happy Hours pack"]
LANDMARK = ["near Shiv mandir", "opp SBI ATM", "behind bus stand", "near jama masjid", "near Nallur kovil",
            "opp Bata showroom", "near petrol pump", "behind post office", "near fire brigade",
            "opp Big Bazaar", "near Kali bari", "near Ganpati mandal", "behind stupa", "near agiary",
            "near church", "opp police chowki", "near naamghar", "near Buddhist temple", "near ferry terminal"]
PUBURL = ["www.jio.com", "airtel.in/help", "swiggy.com/support", "flipkart.com/helpcentre", "daraz.pk",
          "bkash.com", "dialog.lk", "ncell.axiata.com", "nea.org.np", "mahadiscom.in", "ceb.lk",
          "dhiraagu.com.mv", "esewa.com.np", "licindia.in", "uidai.gov.in", "incometax.gov.in",
          "www.zomato.com/help", "www.phonepe.com/contact-us", "mobitel.lk", "grameenphone.com"]
LANG = {"IN": ["hindi", "marathi", "gujarati", "bangla", "odia", "assamese", "konkani", "tulu", "kashmiri",
               "maithili", "Hinglish", "kannada"],
        "PK": ["urdu", "balochi", "brahui", "sindhi", "pashto"], "BD": ["bangla", "sylheti", "chatgaiya"],
        "LK": ["sinhala", "tamil", "Singlish"], "NP": ["nepali", "newari", "maithili", "bhojpuri"],
        "MV": ["dhivehi", "Dhivehi"]}
DISH_FOOD = ["biryani", "momo", "kottu", "thali", "pizza", "dosa", "burger", "shawarma"]

CCODE = {"IN": "91", "PK": "92", "BD": "880", "LK": "94", "NP": "977", "MV": "960"}
CUR = {"IN": ["Rs ", "Rs.", "INR ", "₹"], "PK": ["Rs ", "PKR ", "Rs."], "BD": ["Tk ", "BDT ", "tk"],
       "LK": ["LKR ", "Rs ", "Rs."], "NP": ["NPR ", "Rs ", "NRs "], "MV": ["MVR ", "Rf ", "MVR"]}

# address data: city -> (postcode maker, localities, streets)
ADDR = {
    "IN": [("Mumbai", "400", ["Andheri East", "Dadar West", "Borivali West", "Goregaon East", "Parel", "Tardeo",
                              "Mulund West", "Ghatkopar", "Vile Parle East", "Colaba", "Dadar Parsi Colony"],
            ["SV Road", "Link Road", "LBS Marg", "Hill Road", "Tilak Road", "Gokhale Road", "Cusrow Baug"]),
           ("Pune", "411", ["Kothrud", "Baner", "Hadapsar", "Aundh", "Sadashiv Peth", "Shivajinagar", "Wakad"],
            ["FC Road", "JM Road", "Karve Road", "Paud Road", "Baner Road"]),
           ("Nagpur", "440", ["Dharampeth", "Sitabuldi", "Manish Nagar", "Sadar"], ["Wardha Road", "Amravati Road"]),
           ("Kolkata", "700", ["Salt Lake", "Behala", "Jadavpur", "Gariahat", "Tollygunge", "Shyambazar", "Dum Dum",
                               "New Town"],
            ["Rashbehari Avenue", "Park Street", "SP Mukherjee Road", "Prince Anwar Shah Road", "Lake Road"]),
           ("Ahmedabad", "380", ["Navrangpura", "Satellite", "Maninagar", "Bopal", "Vastrapur", "Paldi"],
            ["CG Road", "Ashram Road", "SG Highway", "Drive-In Road"]),
           ("Surat", "395", ["Adajan", "Vesu", "Varachha", "Athwa"], ["Ring Road", "Ghod Dod Road"]),
           ("Bhubaneswar", "751", ["Nayapalli", "Saheed Nagar", "Patia", "Chandrasekharpur", "Old Town"],
            ["Janpath", "Cuttack Road"]),
           ("Cuttack", "753", ["Buxi Bazar", "Badambadi", "CDA Sector 9"], ["Link Road", "College Square"]),
           ("Guwahati", "781", ["Dispur", "Beltola", "Ganeshguri", "Zoo Tiniali", "Chandmari", "Uzan Bazar"],
            ["GS Road", "Zoo Road", "RG Baruah Road"]),
           ("Jorhat", "785", ["Garali", "Na-Ali", "Tarajan"], ["AT Road"]),
           ("Srinagar", "190", ["Rajbagh", "Karan Nagar", "Hyderpora", "Lal Bazar", "Nowhatta", "Bemina"],
            ["Residency Road", "Boulevard Road", "MA Road"]),
           ("Panaji", "403", ["Fontainhas", "Altinho", "Miramar", "Porvorim", "Taleigao"],
            ["18th June Road", "MG Road", "Dr Atmaram Borkar Road"]),
           ("Margao", "403", ["Fatorda", "Navelim", "Aquem"], ["Station Road", "Abade Faria Road"]),
           ("Mangaluru", "575", ["Kadri", "Bejai", "Kankanady", "Hampankatta", "Kodialbail", "Urwa"],
            ["KS Rao Road", "Balmatta Road", "Falnir Road"]),
           ("Udupi", "576", ["Manipal", "Kunjibettu", "Malpe"], ["Car Street", "Court Road"]),
           ("Darbhanga", "846", ["Laheriasarai", "Lalbagh", "Donar", "Benta"], ["Station Road", "Hospital Road"])],
    "BD": [("Dhaka", ["1205", "1212", "1213", "1216", "1229", "1230", "1207", "1000", "1217"],
            ["Dhanmondi", "Gulshan 2", "Banani", "Mirpur 10", "Mohammadpur", "Uttara Sector 7", "Bashundhara R/A",
             "Motijheel", "Shantinagar", "Lalmatia"], ["Satmasjid Road", "Green Road", "Mirpur Road"]),
           ("Chattogram", ["4100", "4000", "4203"], ["Agrabad", "Nasirabad", "Khulshi", "Panchlaish", "GEC More"],
            ["CDA Avenue", "Sheikh Mujib Road"]),
           ("Sylhet", ["3100"], ["Zindabazar", "Amberkhana", "Upashahar"], ["Airport Road"]),
           ("Khulna", ["9100"], ["Sonadanga", "Khalishpur"], ["KDA Avenue"]),
           ("Rajshahi", ["6000"], ["Shaheb Bazar", "Uposhohor"], ["Greater Road"])],
    "PK": [("Quetta", ["87300", "87500"], ["Satellite Town", "Jinnah Town", "Samungli Housing Scheme",
                                           "Chaman Housing Scheme", "Shahbaz Town"],
            ["Jinnah Road", "Zarghoon Road", "Prince Road", "Sariab Road", "Brewery Road"]),
           ("Karachi", ["75300", "75500", "75600", "74600"], ["Gulshan-e-Iqbal Block 13-D", "DHA Phase 6",
                                                             "Lyari", "Clifton Block 5", "North Nazimabad Block H",
                                                             "Malir Cantt"],
            ["Shahrah-e-Faisal", "Tariq Road", "MA Jinnah Road", "University Road"]),
           ("Gwadar", ["91200"], ["Sangar Housing", "New Town"], ["Fish Harbour Road", "Marine Drive"]),
           ("Turbat", ["92600"], ["Absar", "Main Bazaar"], ["Airport Road"]),
           ("Islamabad", ["44000"], ["F-8/2", "G-11/3", "I-8/4", "E-11/2", "G-9/1"], ["Street 14", "Margalla Road"])],
    "LK": [("Colombo 06", ["00600"], ["Wellawatte"], ["Galle Road", "Duplication Road", "Hampden Lane"]),
           ("Colombo 05", ["00500"], ["Havelock Town"], ["Havelock Road", "Thimbirigasyaya Road"]),
           ("Dehiwala", ["10350"], ["Dehiwala"], ["Hill Street", "Galle Road"]),
           ("Nugegoda", ["10250"], ["Nugegoda", "Gangodawila"], ["High Level Road", "Stanley Thilakaratne Mawatha"]),
           ("Kandy", ["20000"], ["Ampitiya", "Katugastota"], ["Peradeniya Road", "Katugastota Road", "DS Senanayake Veediya"]),
           ("Jaffna", ["40000"], ["Nallur", "Kokuvil", "Chundikuli"],
            ["Hospital Road", "KKS Road", "Stanley Road", "Point Pedro Road", "Temple Road"]),
           ("Galle", ["80000"], ["Fort", "Karapitiya"], ["Wakwella Road", "Matara Road"]),
           ("Batticaloa", ["30000"], ["Kallady", "Puliyanthivu"], ["Bar Road", "Trinco Road"])],
    "NP": [("Kathmandu", ["44600"], ["Baneshwor", "Koteshwor", "Kalanki", "Chabahil", "Baluwatar", "Maharajgunj",
                                    "Thamel", "Asan", "Budhanilkantha"],
            ["Sukedhara Marg", "Bishal Marga", "Ganesh Marg", "Ring Road"]),
           ("Lalitpur", ["44700"], ["Patan Dhoka", "Mangal Bazaar", "Jawalakhel", "Pulchowk", "Kupondole", "Sanepa",
                                   "Imadol"], ["Jhamsikhel Marg", "Nakhu Road"]),
           ("Bhaktapur", ["44800"], ["Taumadhi", "Suryabinayak", "Dudhpati", "Kamalbinayak"], ["Arniko Highway"]),
           ("Pokhara", ["33700"], ["Lakeside", "Chipledhunga", "Newroad", "Bagar"], ["Baidam Road"]),
           ("Biratnagar", ["56613"], ["Traffic Chowk", "Roadcess Chowk"], ["Main Road"]),
           ("Janakpur", ["45600"], ["Mills Area", "Bhanu Chowk", "Ramanand Chowk"], ["Station Road"])],
    "MV": [("Malé", ["20026", "20195", "20371", "20057"], ["Maafannu", "Henveiru", "Machchangolhi", "Galolhu"],
            ["Majeedhee Magu", "Ameenee Magu", "Boduthakurufaanu Magu", "Chandhanee Magu", "Orchid Magu",
             "Fareedhee Magu", "Sosun Magu"]),
           ("Hulhumalé", ["23000"], ["Phase 2", "Nirolhu"], ["Nirolhu Magu", "Huvandhumaa Hingun"]),
           ("Addu City", ["19020", "19030"], ["Hithadhoo", "Feydhoo"], ["Link Road"])],
}
MV_HOUSE = ["Blue Villa", "Sosun Villa", "Hiyaa Flats", "Kanmatheege", "Dhoores", "Nooranmaage", "Fehivilaa",
            "Coral Haven", "Sea Breeze", "Finifenmaage", "Maavaage", "Hulhuvehi", "Fulhangi"]
IN_BLDG = ["Sai Krupa", "Shree Ganesh", "Gokul Dham", "Shanti Niketan", "Om Sai", "Jal Vayu Vihar", "Sunshine",
           "Riddhi Siddhi", "Mahavir", "Akash Ganga", "Rustom Baug", "Tulsi Vihar", "Green Park", "Ananda Bhavan",
           "Kamdhenu", "Shivam", "Casa Bela"]

IP_PREFIX = {"IN": ["49.36", "106.205", "157.47", "103.211", "117.99", "223.187"],
             "PK": ["39.37", "119.160", "182.185", "111.119"], "BD": ["103.25", "119.30", "37.111", "118.179"],
             "LK": ["112.134", "175.157", "123.231"], "NP": ["27.34", "110.44", "103.10"],
             "MV": ["123.176", "27.114", "103.31"]}
EMAIL_DOM = {"IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "hotmail.com", "outlook.com", "ymail.com"],
             "PK": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
             "BD": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
             "LK": ["gmail.com", "yahoo.com", "sltnet.lk", "hotmail.com"],
             "NP": ["gmail.com", "yahoo.com", "wlink.com.np", "ntc.net.np"],
             "MV": ["gmail.com", "hotmail.com", "dhivehinet.net.mv", "outlook.com"]}

# ---------------------------------------------------------------------------
# fragments (only label o); may contain brand slots
# ---------------------------------------------------------------------------
FRAGS = [
    "cx happy", "cust happy with resolution", "closed on FCR", "FCR done", "rated 5/5 CSAT", "no repeat call",
    "educated on {TEL} app", "ticket closed", "shared TAT 48 hrs", "pls no callback", "called back as promised",
    "cx was shouting initally but calmed down", "cx thanked n said best agent", "WIN!!", "good win",
    "customer win", "saved from churn", "offered goodwill credit {AMT}", "waived late fee", "reversal done",
    "refund initiated to source", "escalated to {TEAM}", "KYC verified", "OTP verified", "no further query",
    "cx said will give 10 on survey", "call dropped twice but cx called back", "cx on speaker, bg noise",
    "language barrier, managed", "cust ws v polite", "cust didnt have details handy", "cx couldnt login",
    "app crashing on android 13", "issue since 3 days", "OTP not recieved", "network issue in area",
    "tower down per NOC", "cx wasnt aware of FUP", "TL approved", "pls check", "URGENT", "NO DSAT",
    "RESOLVED", "follow up tmrw", "callback sched {TIME}", "cx ok now", "tks", "thx", "noted in {JARG} log",
    "as per SOP", "sent {JARG} link", "cx very cooperative", "took 2 min hold", "hold 4 mins", "muted briefly",
    "system slow", "{JARG} pending", "cx wants update by {DATE}", "will chk with {TEAM}", "done n dusted",
    "cx laughing at end", "FYI {TEAM}", "repeat caller", "3rd call today", "first time caller",
    "spoke in {LANG}", "cx spoke {LANG}", "cx prefers {LANG}", "{LANG}/english mix", "{LANG} speaking cx",
    "cx was travelling", "poor line", "cx happy w {WALLET} cashback", "no complaint", "win for team",
    "mentor pls review", "not my fault lol", "PLS NOTE", "cx didnt want survey", "cust said ok ok",
    "apologised for delay", "empathy stmt used", "closed w consent", "DONE", "pending {TEAM} confirmation",
    "cx cant read english, explained verbally", "cx wont call again hopefully", "cx didnt know about {JARG}",
]
TYPO = [("customer", "custmer"), ("received", "recieved"), ("already", "alredy"), ("because", "becoz"),
        ("please", "pls"), ("payment", "paymnt"), ("address", "adress"), ("delivery", "delivry"),
        ("refund", "refnd"), ("account", "acount"), ("cancelled", "canceled"), ("resolved", "reslvd"),
        ("complaint", "complain"), ("tomorrow", "tmrw"), ("message", "msg"), ("number", "nmbr"),
        ("waiting", "wating"), ("issue", "isue"), ("happy", "hapy"), ("explained", "explaind")]


# ---------------------------------------------------------------------------
class Person:
    def __init__(self, culture, sex, given, family, father):
        self.culture, self.sex, self.given, self.family, self.father = culture, sex, given, family, father


class Gen:
    def __init__(self, listed):
        self.listed = listed
        self.rng = random.Random(SEED)
        self.pools = {}
        for c in CULT_ORDER:
            d = CULT[c]
            m = [x for x in d["m"] if _ok(x, listed)]
            f = [x for x in d["f"] if _ok(x, listed)]
            s = [x for x in d["s"] if _ok(x, listed)]
            self.pools[c] = (m, f, s)
        self.cultures = [c for c in CULT_ORDER if all(self.pools[c])]
        self.wordnames = [w for w in WORDNAMES if _ok(w[0], listed)]
        self.vasa = [v for v in SIN_VASA if _ok(v, listed)]

    # -- helpers ----------------------------------------------------------
    def ch(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def digits(self, n, first_nonzero=False):
        r = self.rng
        s = "".join(str(r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(r.randrange(1, 10)) + s[1:]
        return s

    def person(self, country=None, sex=None, culture=None):
        r = self.rng
        if culture is None:
            if country is None:
                culture = self.ch(self.cultures)
            else:
                cands = [c for c in self.cultures if country in CULT[c]["c"]]
                culture = self.ch(cands) if cands else self.ch(self.cultures)
        m, f, s = self.pools[culture]
        if sex is None:
            sex = "m" if r.random() < 0.5 else "f"
        given = self.ch(m if sex == "m" else f)
        family = self.ch(s)
        father = self.ch(m)
        return Person(culture, sex, given, family, father)

    # -- name forms --------------------------------------------------------
    def full(self, p):
        r = self.rng
        c = p.culture
        x = r.random()
        if c == "marathi" and x < 0.35:
            return p.given + " " + p.father + " " + p.family
        if c == "gujarati" and x < 0.4:
            suf = "bhai" if r.random() < 0.6 else "kumar"
            mid = p.father + suf
            if _ok(mid, self.listed):
                return p.given + " " + mid + " " + p.family
        if c == "bengali_bd" and p.sex == "m" and x < 0.3 and " " not in p.given and "-" not in p.given:
            pre = self.ch(["Md. ", "Md ", "Mohammad ", "Mohammed "])
            if _ok(pre, self.listed):
                return pre + p.given + " " + p.family
        if c == "parsi" and x < 0.35:
            return p.given + " " + p.father + " " + p.family
        if c == "lktamil" and x < 0.3:
            return p.given + " " + p.father
        if c == "sinhala" and x < 0.25:
            ini = ".".join(self.ch("KWAHRDMJSGP") for _ in range(r.randrange(1, 4))) + "."
            if _ok(ini, self.listed):
                return ini + " " + p.given + " " + p.family
        return p.given + " " + p.family

    def initials(self, p):
        r = self.rng
        g = fold(p.given)
        parts = [w for w in re.split(r"[\s\-]+", g) if w]
        ini = "".join(w[0].upper() + "." for w in parts)
        if not all(_ok(w[0], self.listed) for w in parts) or not _ok(fold(p.father)[0], self.listed):
            return p.family
        if p.culture == "lktamil" and r.random() < 0.5:
            return fold(p.father)[0].upper() + ". " + p.given
        if r.random() < 0.5:
            return ini + " " + p.family
        return ini.replace(".", ". ").strip() + " " + p.family

    def official(self, p):
        # surname-first forms used in records of some cultures
        c = p.culture
        if c == "sinhala" and self.vasa:
            return (p.family + " " + self.ch(self.vasa) + " " + p.given).upper() if self.rng.random() < 0.4 \
                else p.family + " " + self.ch(self.vasa) + " " + p.given
        if c in ("marathi", "gujarati", "odia", "assamese", "maithili", "bengali", "bengali_bd"):
            return (p.family + " " + p.given + " " + p.father).upper()
        return (p.family + " " + p.given).upper()

    def hon(self, p, short=False):
        r = self.rng
        d = CULT[p.culture]
        pre_generic = ["Mr ", "Mr. ", "Sir ", "Dr "] if p.sex == "m" else \
            ["Mrs ", "Ms ", "Miss ", "Mrs. ", "Madam ", "Dr ", "Mam "]
        pre = self.ch(d["pre_" + p.sex]) if r.random() < 0.45 else self.ch(pre_generic)
        if pre.strip() in ("Sir", "Madam", "Mam", "Babu") and r.random() < 0.7:
            nm = p.given
        else:
            nm = p.family if (short or r.random() < 0.55) else self.full(p)
        return [(pre, "o"), (nm, "name")]

    def kin(self, p):
        d = CULT[p.culture]
        t = self.ch(d["post_" + p.sex])
        sep = "-" if self.rng.random() < 0.2 else " "
        nm = p.given if self.rng.random() < 0.92 else p.family
        return [(nm, "name"), (sep + t, "o")]

    def crm(self, p):
        fam = p.family.upper() if self.rng.random() < 0.6 else p.family
        return [(fam, "name"), (self.ch([", ", ","]), "o"), (p.given, "name")]

    def anyform(self, p):
        r = self.rng
        x = r.random()
        if x < 0.18:
            return [(p.given, "name")]
        if x < 0.27:
            return [(p.family, "name")]
        if x < 0.50:
            return [(self.full(p), "name")]
        if x < 0.66:
            return self.hon(p)
        if x < 0.75:
            return self.kin(p)
        if x < 0.82:
            return self.crm(p)
        if x < 0.90:
            return [(self.initials(p), "name")]
        if x < 0.95:
            return [(self.official(p), "name")]
        return [(self.full(p).upper(), "name")]

    # -- contact / ids -------------------------------------------------------
    def phone(self, cc):
        r = self.rng
        d = self.digits
        if cc == "IN":
            n = self.ch("6789") + d(9)
            if r.random() < 0.15:
                if r.random() < 0.5:
                    return self.ch(["022-2", "033 2", "079-2", "022 6"]) + d(3) + self.ch([" ", ""]) + d(4)
                return self.ch(["0674-2", "0361-2", "0832-2", "0824-2", "0194-2", "06272-"]) + d(6)
            return self.ch([n, "+91 " + n[:5] + " " + n[5:], "+91-" + n, "0" + n, n[:5] + "-" + n[5:],
                            "91" + n, n[:5] + " " + n[5:], "+91" + n])
        if cc == "PK":
            n = "3" + self.ch("0123") + d(1) + d(7)
            if r.random() < 0.12:
                return self.ch(["081-28", "021-34", "021 35", "0853-"]) + d(5)
            return self.ch(["0" + n[:3] + "-" + n[3:], "+92 " + n[:3] + " " + n[3:], "0" + n, "+92" + n,
                            "0" + n[:3] + " " + n[3:], "92-" + n])
        if cc == "BD":
            n = "1" + self.ch("3456789") + d(8)
            return self.ch(["0" + n[:4] + "-" + n[4:], "+880 " + n[:4] + "-" + n[4:], "+880" + n, "0" + n,
                            "880 " + n, "0" + n[:4] + " " + n[4:]])
        if cc == "LK":
            n = "7" + self.ch("0124678") + d(7)
            if r.random() < 0.15:
                return self.ch(["011 2", "081 2", "021 2", "091 2", "065 2"]) + d(2) + " " + d(4)
            return self.ch(["0" + n[:2] + " " + n[2:5] + " " + n[5:], "+94 " + n[:2] + " " + n[2:5] + " " + n[5:],
                            "0" + n[:2] + "-" + n[2:], "+94" + n, "0" + n, "94 " + n])
        if cc == "NP":
            n = "98" + self.ch("0123456") + d(7)
            if r.random() < 0.15:
                return self.ch(["01-4", "01-5", "01 66", "021-5"]) + d(5)
            return self.ch([n, "+977 " + n, "+977-" + n[:4] + "-" + n[4:], "977" + n, n[:5] + "-" + n[5:],
                            n[:3] + " " + n[3:6] + " " + n[6:]])
        n = self.ch("79") + d(6)
        if r.random() < 0.12:
            return "33" + d(1) + " " + d(4)
        return self.ch([n[:3] + " " + n[3:], "+960 " + n[:3] + " " + n[3:], "+960-" + n, n, "960 " + n])

    def email(self, p, cc):
        r = self.rng

        def a(s):
            return re.sub(r"[^a-z]", "", fold(s))
        g, f = a(p.given), a(p.family)
        yy = str(r.randrange(60, 100)) if r.random() < 0.5 else str(r.randrange(1965, 2006))
        local = self.ch([g + "." + f, g + f + yy, g[0] + "." + f, f + "_" + g, g + "_" + yy, g + f[0],
                         g + "." + f + str(r.randrange(1, 99)), f + g[0] + yy, g + "123", g + "." + f + ".official"])
        dom = self.ch(EMAIL_DOM[cc]) if r.random() < 0.9 else self.ch(["proton.me", "icloud.com", "live.com"])
        return local + "@" + dom

    def nid(self, cc, p):
        r = self.rng
        d = self.digits
        if cc != "IN" and r.random() < 0.15:
            if cc == "PK":
                return self.ch(["NTN ", "ntn "]), d(7, True) + "-" + d(1)
            if cc == "BD":
                return self.ch(["TIN ", "e-TIN "]), d(12, True)
            if cc == "NP":
                return self.ch(["PAN no ", "PAN "]), d(9, True)
            if cc == "LK":
                return self.ch(["TIN ", "tin no "]), d(9, True)
            return self.ch(["TIN ", "passport "]), self.ch(["10", "11"]) + d(5) + "GST" + d(3)
        if cc == "IN":
            k = r.random()
            if k < 0.45:
                a = self.ch("23456789") + d(11)
                return self.ch(["aadhaar ", "aadhar no ", "Aadhaar ", "UID "]), \
                    self.ch([a[:4] + " " + a[4:8] + " " + a[8:], a, a[:4] + "-" + a[4:8] + "-" + a[8:]])
            if k < 0.8:
                L = "ABCDEFGHJKLMNPRSTUVWXYZ"
                ini = re.sub(r"[^A-Z]", "", fold(p.family).upper())[:1] or "K"
                pan = "".join(self.ch(L) for _ in range(3)) + "P" + ini + d(4) + self.ch(L)
                return self.ch(["PAN ", "pan no ", "PAN: "]), pan
            L = "ABCDEFGHJKLMNPRSTUVWXYZ"
            return self.ch(["voter id ", "EPIC no "]), "".join(self.ch(L) for _ in range(3)) + d(7)
        if cc == "PK":
            a = self.ch(["54400", "54401", "52203", "42101", "61101", "51502"]) + d(7) + self.ch("123456789")
            return self.ch(["CNIC ", "cnic no ", "CNIC# ", "ID card "]), \
                self.ch([a[:5] + "-" + a[5:12] + "-" + a[12:], a])
        if cc == "BD":
            return self.ch(["NID ", "nid no ", "NID: ", "smart card "]), \
                self.ch([d(10, True), "19" + str(r.randrange(60, 100)) + d(13), d(13, True)])
        if cc == "LK":
            yy = r.randrange(60, 100)
            dd = r.randrange(1, 366) + (500 if p.sex == "f" else 0)
            old = "%02d%03d%s%s" % (yy, dd, d(4), self.ch("VVVX"))
            new = "19%02d%03d%s" % (yy, dd, d(5))
            return self.ch(["NIC ", "nic no ", "NIC: ", "ID "]), self.ch([old, new, old.lower()])
        if cc == "NP":
            a = "%02d-%02d-%02d-%05d" % (r.randrange(1, 78), r.randrange(1, 10), r.randrange(50, 80), r.randrange(99999))
            b = "%d/%d" % (r.randrange(100, 9999), r.randrange(2040, 2080))
            return self.ch(["citizenship no ", "nagarikta no ", "citizenship ", "NID "]), \
                self.ch([a, a, b, d(10, True)])
        return self.ch(["ID card ", "ID ", "id card no "]), self.ch(["A" + d(6), "A" + d(6), "A-" + d(6)])

    def passport(self, cc):
        d = self.digits
        L = "ABCDEFGHJKLMNPRSTUVWXZ"
        if cc == "IN":
            return self.ch(L) + d(7)
        if cc == "PK":
            return self.ch(L) + self.ch(L) + d(7)
        if cc == "BD":
            return self.ch(["A", "B", "EB", "BX"]) + d(7)
        if cc == "LK":
            return self.ch(["N", "N", "P"]) + d(7)
        if cc == "NP":
            return self.ch(["", "PA", "10"]) + d(6)
        return "LA" + d(5)

    def plate(self, cc):
        d = self.digits
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        two = lambda: self.ch(L) + self.ch(L)
        if cc == "IN":
            st = self.ch(["MH", "GJ", "OD", "AS", "JK", "GA", "KA", "BR", "WB"])
            n = "%02d" % self.rng.randrange(1, 60)
            return self.ch([st + " " + n + " " + two() + " " + d(4), st + n + two() + d(4),
                            st + "-" + n + "-" + two() + "-" + d(4)])
        if cc == "PK":
            return self.ch(["QAA-" + d(3), "BE-" + d(4), "LEA " + d(4), "BKL-" + d(3), two() + self.ch(L) + "-" + d(3)])
        if cc == "BD":
            return self.ch(["Dhaka Metro-Ga " + d(2) + "-" + d(4), "DHAKA METRO HA " + d(2) + "-" + d(4),
                            "Chatta Metro-Ga " + d(2) + "-" + d(4)])
        if cc == "LK":
            return self.ch(["WP CAB-" + d(4), "WP " + two() + "-" + d(4), "CP KA-" + d(4), "NP " + two() + "-" + d(4),
                            d(2) + "-" + d(4)])
        if cc == "NP":
            return self.ch(["Ba " + str(self.rng.randrange(1, 99)) + " Pa " + d(4),
                            "Ba " + str(self.rng.randrange(1, 9)) + " Cha " + d(4),
                            "Ko " + str(self.rng.randrange(1, 9)) + " Pa " + d(4), "Bagmati 02-001 Pa " + d(4)])
        return "P " + d(4)

    def acct(self, cc):
        d = self.digits
        if cc == "IN":
            return self.ch([d(11, True), d(14, True), "50100" + d(9), d(12, True), "0" + d(15)])
        if cc == "PK":
            return self.ch([d(14, True), "0" + d(13), d(16, True)])
        if cc == "BD":
            return self.ch([d(13, True), d(11, True), "1" + d(15)])
        if cc == "LK":
            return self.ch([d(10, True), "8" + d(9), d(12, True)])
        if cc == "NP":
            return self.ch(["0" + d(15), d(14, True), d(17, True)])
        return "77" + d(11)

    def order(self):
        d = self.digits
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return self.ch(["#" + d(12, True), d(10, True), "OD" + d(18, True), "40" + d(1) + "-" + d(7) + "-" + d(7),
                        d(15, True), "CRN" + d(10, True), "PF" + d(9), "ORD-" + d(8), "#" + d(6, True),
                        d(7, True) + "-" + d(7), "DZ" + d(10), "".join(self.ch(L) for _ in range(3)) + d(7)])

    def ticket(self):
        d = self.digits
        return self.ch(["SR" + d(10, True), "TKT" + d(7), "#" + d(8, True), "INC" + d(7), "CMP-" + d(6),
                        "1-" + d(10, True), d(9, True), "SR#" + d(8), "CASE-" + d(7), "TT" + d(9)])

    def consumer(self):
        d = self.digits
        return self.ch([d(12, True), "0" + d(11), d(10, True), d(9, True), d(3) + "." + d(2) + "." + d(3),
                        d(11, True), "K" + d(9)])

    def policy(self):
        d = self.digits
        return self.ch([d(9, True), "P/" + d(6) + "/01/2024/" + d(6), self.ch(["OG", "LP", "HP"]) + d(8),
                        d(14, True), "CLM" + d(8)])

    def pnr(self):
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return self.ch([self.digits(10, True), "".join(self.ch(L) for _ in range(6))])

    def upi(self, p):
        a = re.sub(r"[^a-z]", "", fold(p.given))
        return self.ch([a + "." + re.sub(r"[^a-z]", "", fold(p.family))[:1], self.digits(10, True), a + self.digits(2)]) + \
            self.ch(["@oksbi", "@okhdfcbank", "@ybl", "@paytm", "@okaxis", "@ibl", "@upi", "@okicici"])

    def card_full(self):
        r = self.rng
        pre = self.ch(["4", "5", "6"]) + self.digits(14)
        tot = 0
        for i, ch in enumerate(reversed(pre)):
            n = int(ch)
            if i % 2 == 0:
                n *= 2
                if n > 9:
                    n -= 9
            tot += n
        num = pre + str((10 - tot % 10) % 10)
        return self.ch([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num,
                        "-".join(num[i:i + 4] for i in range(0, 16, 4))])

    def iban(self):
        r = self.rng
        if r.random() < 0.7:
            cc, body = "PK", self.ch(["HABB", "UNIL", "MEZN", "MUCB", "ABPA", "SCBL", "ALFH"]) + self.digits(16)
        else:
            cc, body = "AE", self.ch(["033", "026", "035", "050"]) + self.digits(16)
        rearr = body + cc + "00"
        num = "".join(str(int(ch, 36)) for ch in rearr)
        chk = "%02d" % (98 - int(num) % 97)
        ib = cc + chk + body
        if r.random() < 0.4:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ip(self, cc):
        r = self.rng
        if r.random() < 0.15:
            return "2409:40" + "%02x" % r.randrange(256) + ":" + "%x" % r.randrange(4096, 65535) + ":" + \
                "%x" % r.randrange(4096, 65535) + "::" + "%x" % r.randrange(1, 65535)
        return self.ch(IP_PREFIX[cc]) + "." + str(r.randrange(0, 256)) + "." + str(r.randrange(1, 255))

    def url(self, p, cc):
        def a(s):
            return re.sub(r"[^a-z]", "", fold(s))
        g, f = a(p.given), a(p.family)
        d = self.digits
        return self.ch(["https://crm.internal/cust/" + d(8, True), "wa.me/" + CCODE[cc] + d(9, True),
                        "facebook.com/" + g + "." + f + "." + d(2), "instagram.com/" + g + "_" + f[:4],
                        "linkedin.com/in/" + g + "-" + f + "-" + "%x" % self.rng.randrange(4096, 65535),
                        "https://portal.cx/case/" + d(7, True) + "/profile",
                        "https://drive.google.com/file/d/1" + "".join(self.ch("abcdefXYZ0123456789_") for _ in range(18)) + "/view",
                        "http://10.12.4.18/crm/customer?id=" + d(9, True)])

    def dob(self, p, cc):
        r = self.rng
        y = r.randrange(1945, 2006)
        mo = r.randrange(1, 13)
        dd = r.randrange(1, 29)
        MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
        suf = "th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        if cc == "NP" and r.random() < 0.35:
            return "%d/%02d/%02d" % (y + 57, mo, dd), self.ch([" BS", " (BS)", ""])
        return self.ch(["%02d/%02d/%d" % (dd, mo, y), "%02d-%02d-%d" % (dd, mo, y), "%d-%02d-%02d" % (y, mo, dd),
                        "%02d.%02d.%02d" % (dd, mo, y % 100), "%d %s %d" % (dd, MON[mo - 1][:3], y),
                        "%d%s %s %d" % (dd, suf, MON[mo - 1], y), "%s %d, %d" % (MON[mo - 1], dd, y),
                        "%02d-%s-%d" % (dd, MON[mo - 1][:3], y), "%d/%d/%d" % (dd, mo, y)]), ""

    def address(self, cc, street_only=False):
        r = self.rng
        d = self.digits
        ent = self.ch(ADDR[cc])
        self.last_city = ent[0]
        city, pc, locs, streets = ent
        loc, st = self.ch(locs), self.ch(streets)
        n = str(r.randrange(1, 400))
        if cc == "IN":
            line = self.ch([
                "flat " + str(r.randrange(1, 20)) + "0" + str(r.randrange(1, 9)) + ", " + self.ch(IN_BLDG) + " CHS, " + st + ", " + loc,
                n + "/" + str(r.randrange(1, 30)) + " " + st + ", " + loc,
                "H.No " + str(r.randrange(1, 9)) + "-" + str(r.randrange(1, 20)) + "-" + n + ", " + loc,
                "plot no " + n + ", " + loc,
                self.ch("ABCD") + "-" + n + ", " + self.ch(IN_BLDG) + " apartments, " + loc,
                "room " + n + ", " + self.ch(IN_BLDG) + " chawl, " + loc,
                "house no " + n + ", " + st,
                n + ", " + st + ", nr " + loc + " stn",
            ])
            pin = pc + "%03d" % r.randrange(1, 110)
            pin = self.ch([pin, pin, pin[:3] + " " + pin[3:]])
        elif cc == "BD":
            line = self.ch(["House " + n + ", Road " + str(r.randrange(1, 30)) + ", " + loc,
                            "H# " + n + ", R# " + str(r.randrange(1, 30)) + ", " + loc,
                            n + "/" + self.ch("ABCDE") + " " + st + ", " + loc,
                            "Flat " + self.ch("ABCDE") + str(r.randrange(1, 12)) + ", " + n + " " + st + ", " + loc,
                            "holding " + n + ", " + loc])
            pin = self.ch(pc)
        elif cc == "PK":
            line = self.ch(["House " + n + ", Street " + str(r.randrange(1, 40)) + ", " + loc,
                            "H# " + n + ", St# " + str(r.randrange(1, 40)) + ", " + loc,
                            "Plot " + n + ", " + st + ", " + loc,
                            "Flat " + str(r.randrange(1, 20)) + ", " + self.ch(["Al-Habib", "Noor", "Gulshan"]) + " Heights, " + st,
                            "shop " + n + " " + st])
            pin = self.ch(pc)
        elif cc == "LK":
            line = self.ch(["No. " + n + ", " + st + ", " + loc, "No " + n + "/" + str(r.randrange(1, 12)) + ", " + st,
                            n + self.ch(["A", "B", "/1", "/3"]) + ", " + st + ", " + loc,
                            "No. " + n + ", " + self.ch(["1st", "2nd", "3rd", "5th"]) + " Lane, " + st,
                            n + " " + st])
            pin = self.ch(pc)
        elif cc == "NP":
            line = self.ch(["Ward no. " + str(r.randrange(1, 33)) + ", " + loc,
                            "House no " + n + ", " + st + ", " + loc,
                            loc + "-" + str(r.randrange(1, 33)) + ", " + st,
                            "ward " + str(r.randrange(1, 33)) + " " + loc + " tole",
                            n + " " + st + ", " + loc])
            pin = self.ch(pc)
        else:
            line = self.ch([self.ch(["Ma. ", "H. ", "M. ", "G. "]) + self.ch(MV_HOUSE) + ", " + st,
                            self.ch(MV_HOUSE) + ", " + loc + ", " + st,
                            "Flat " + str(r.randrange(1, 30)) + "-" + str(r.randrange(1, 9)) + "0" + str(r.randrange(1, 9)) +
                            ", Lot " + d(5, True) + ", " + st,
                            self.ch(MV_HOUSE) + " " + str(r.randrange(1, 9)) + "F, " + st])
            pin = self.ch(pc)
        self.last_pin = pin
        if r.random() < 0.2:
            line = line.lower()
        segs = [(line, "address")]
        if street_only:
            return segs
        x = r.random()
        if x < 0.45:
            segs += [(", ", "o"), (city, "~"), (self.ch([" ", " - ", "-", ", "]), "o"), (pin, "postcode")]
        elif x < 0.7:
            segs += [(", ", "o"), (city, "~")]
        elif x < 0.85:
            segs += [(self.ch([", ", " "]), "o"), (self.ch(["PIN ", "pin ", "postcode ", "PC "]), "o"), (pin, "postcode")]
        return segs

    def amount(self, cc):
        r = self.rng
        v = self.ch([49, 99, 149, 199, 239, 299, 349, 399, 499, 599, 666, 719, 999, 1200, 1499, 2500, 3200, 4999,
                     12000, 150, 250, 75, 30])
        s = ("{:,}".format(v) if r.random() < 0.5 else str(v))
        c = self.ch(CUR[cc])
        if r.random() < 0.15:
            return s + self.ch([" rs", "/-", " tk" if cc == "BD" else " only"])
        return c + s

    def date(self):
        r = self.rng
        return self.ch(["%d/%d" % (r.randrange(1, 29), r.randrange(1, 13)), "%dth" % r.randrange(4, 29),
                        "Monday", "tmrw", "friday", "next week", "%d %s" % (r.randrange(1, 29),
                                                                              self.ch(["Jan", "Feb", "Mar", "Apr", "Aug", "Oct", "Nov", "Dec"])),
                        "end of month", "weekend", "%d %s" % (r.randrange(1, 29), self.ch(["May", "June", "July", "Sept"]))])

    def time(self):
        r = self.rng
        return self.ch(["%d pm" % r.randrange(1, 10), "%d:%02d" % (r.randrange(9, 20), self.ch([0, 15, 30, 45])),
                        "%dam" % r.randrange(7, 12), "evening", "lunch time", "%d00 hrs" % r.randrange(10, 20)])


# ---------------------------------------------------------------------------
# templates. Slots: person 1 = X (any form) G F N H K C I O P(possessive) ; person 2 = X2 G2 N2 H2 K2
# PD templates must contain at least one PD slot.
# ---------------------------------------------------------------------------
PD_T = [
    "cx {X} called re {TEL} {TELISSUE}, alt no {PHONE}. {FRAG}",
    "{N} - {BANK} a/c {ACCT} debit card blocked, unblocked after {JARG} verification, card ending {CARD4}",
    "spoke to {H}, {FOOD} order {ORDER} missing items ({ITEMS}), refund {AMT} to {WALLET}",
    "{C} | {DOBC} | {NID} | kyc done",
    "cust {G} emailed from {EMAIL} abt {SHOP} return, pickup sched {DATE}",
    "delivery addr updated to {ADDR} for order {ORDER}",
    "{K} very happy, {TEL} {PLAN} activated on {PHONE}",
    "{P} {REL2} {G2} called on behalf, {INS} policy {POLICY} claim status shared",
    "{RIDE} trip {ORDER} driver overcharged {AMT}, cx {X} got refund in {WALLET}",
    "{O} dob {DOB} {NID} mismatch, sent to {TEAM}",
    "ticket {TICKET} - {I} ({PHONE}) complaint re {POWER} bill {AMT}, consumer no {CONSUMER}",
    "cx at {ADDRS}, {CITYX} {PIN} - {POWER} outage since {TIME}, lineman sent",
    "{G} {F} wants {WALLET} statement to {EMAIL}",
    "IBAN {IBAN} for remittance to {N}, {REMIT} from {ABROAD}",
    "login from ip {IP} flagged, cx {X} confirmed it was {HIM}, {WALLET} unblocked",
    "cx shared profile link {URL}, verified name {N}",
    "{X} {NID} verified via {JARG}, {WALLET} account unblocked",
    "{H} called twice, {SHOP} order {ORDER} delivered to wrong addr, correct addr {ADDR}",
    "passport {PASSPORT} updated for {N} on {AIRLINE} booking {PNR}",
    "vehicle {PLATE} - {RIDE} driver {N2} account reactivated after docs check",
    "cust name {C}, mob {PHONE}, email {EMAIL}, issue {TELISSUE}",
    "{X} & {X2} both on call, joint a/c {ACCT} at {BANK}, nominee updated",
    "Name: {N} / Ph: {PHONE} / PIN: {PIN} / Issue: {SHOP} refund pending",
    "rcvd call from {PHONE}, caller said {HE2} is {P} {REL2}, no {JARG} so no info shared",
    "{G} {DOBC}, wants to add {REL2} {G2} in {INS} family floater",
    "upi id {UPI} used by cx {X} for {AMT} payment to {FOOD}, failed, auto reversal in 48h",
    "{WALLET} no {PHONE} - {X} cash out issue, {AMT} stuck since {DATE}",
    "card {CARDFULL} charged twice at {SHOP}, chargeback raised for {N}",
    "{K} - old cx since 2009, {TEL} postpaid, bill addr {ADDR}",
    "new connection for {N} at {ADDRS} ({CITYX}), {POWER} app id {ORDER}",
    "{I} {NID}, {TEL} sim re-registration done, {FRAG}",
    "cx {G} from {CITY} asked abt {DEVICE} warranty, invoice sent to {EMAIL}",
    "whatsapp {PHONE} - cx {X} sent pics of damaged {PROD}, replacement approved",
    "booking {PNR} {AIRLINE} {CITY}-{CITY2} for {N} and {N2}, date change done",
    "PAN {PAN} linked to {N} a/c {ACCT}, {BANK} {JARG} updated",
    "caller {X} gave wrong dob {DOB}, failed ID&V, asked to call back",
    "EMAIL: {EMAIL} PH: {PHONE} cx {X} wants {TEL} e-bill",
    "{GAS} cylinder booking {ORDER} for {H}, consumer no {CONSUMER}, delivery at {ADDR}",
    "{X} - meter no {CONSUMER}, {POWER} prepaid recharge {AMT} not reflecting. {FRAG}",
    "cx {X} (born {DOB}) senior citizen, {BANK} FD renewal explained",
    "no name given, number {PHONE}, {TELISSUE}, {FRAG}",
    "acc {ACCT} - cust {X} wanted mini statement, shared on {EMAIL}",
    "{N2} from {TEAM} helped, cx {X} happy",
    "TL {G2} approved waiver {AMT} for {X}",
    "cust {X} alt contact {PHONE} ({REL2} {G2})",
    "sms sent to {PHONE} with {SHOP} return link. {FRAG}",
    "recovery: {C}, outstanding {AMT}, PTP {DATE}, a/c {ACCT}",
    "{X} from {CITY}: {FOOD} rider {G2} was rude, order {ORDER}, coupon given",
    "policy {POLICY} nominee changed from {N} to {N2}",
    "{O} | {NID} | {DOBC} | addr {ADDR}",
    "cx {X} wants bill in name of {REL2} {N2}, docs to {EMAIL}",
    "{H} and {H2} visited {BANK} branch, locker issue, {TEAM} to call {PHONE}",
    "{X}, {PHONE}, {ADDRS}, {CITYX}",
    "refund to card ending {CARD4} for {SHOP} order {ORDER}, cx {X} satisfied",
    "ip {IP} / device {DEVICE} / user {EMAIL} - {WALLET} login blocked, unblocked after {JARG}",
    "lead {X} interested in {INS} term plan, callback on {PHONE} after {TIME}",
    "{RIDE} bike {PLATE}, rider {G2}, cx {X} left phone in ride, recovered",
    "cx {X} asked to delete acct, profile {URL}, sent to {TEAM}",
    "{P} {REL2} {G2} passed away, {INS} death claim {POLICY}, condolence given",
    "school fee via {WALLET} for {G2} ({CHILD} of {X}), txn id {ORDER} pending",
    "{G} said pls call only on {PHONE} not on landline",
    "{X} lives at {ADDR}, {LANDMARK}, courier cant find house",
    "{WORDNAME} called re {SHOP} refund {AMT}. {FRAG}",
    "spoke with {WORDNAME} abt {TEL} bill, {FRAG}",
    "{X} ka {TEL} number {PHONE} ported to {TEL2}, retention failed",
    "dear {G}, ur complaint {TICKET} is resolved - sent via sms template",
    "cx {X} cnfrmd dob {DOB} and last 4 of card {CARD4}, {JARG} passed",
    "{HP} {PROD} order {ORDER} stuck in RTO, reattempt to {ADDRS}",
    "{X} wants {INS} policy {POLICY} premium via {WALLET}, link sent to {PHONE}",
    "helped {K} reset {BANK} net banking, registered email {EMAIL}",
    "call from {X} re {STREAM} charge on {TEL} bill, {AMT} reversed",
    "{N}, {DOBC}, {NID}, {PHONE}",
    "{CRMU} - {TEL} fiber shifting to {ADDR}",
    "vehicle no {PLATE} insured under {INS} policy {POLICY}, owner {N}",
    "cx {G}'s {PROD} delivered to {REL2} {G2} at {ADDRS}",
    "pls update alt email {EMAIL} and ph {PHONE} for {X} in {JARG} system",
    "{X} {IBAN} wrong iban given earlier, corrected, {BANK} transfer ok",
]

NOPD_T = [
    "{TEL} {TELISSUE} in {CITY}, {FRAG}",
    "cx happy, {FOOD} refund {AMT} processed to {WALLET}, {JARG} met",
    "{SHOP} order delayed due to {FEST} rush, educated cx on tracking in app",
    "{POWER} outage in {CITY} area since morning, NOC informed, {FRAG}",
    "retained on {TEL} {PLAN} after offering {AMT} discount, churn avoided",
    "{RIDE} driver cancelled 3 times, gave {AMT} coupon, cx ok",
    "transferred to {TEAM} for {JARG}, TAT 48h",
    "{BANK} credit card query - explained EMI on {PROD}, {FRAG}",
    "{INS} cashless claim at {HOSP} approved, cx thanked",
    "asked cx to update {WALLET} app to latest ver, issue fixed",
    "{TEL} to {TEL2} port out request, offered {PLAN}, cx stayed",
    "AHT high due to system slow, {JARG} tool down 20 mins",
    "cx from {CITY} wanted {PROD} on {SHOP} COD, pin not serviceable",
    "{FOOD} {DISH} came cold, refund {AMT}, {FRAG}",
    "{DTH} channel pack changed, {STREAM} added free for 3 months",
    "{GAS} cylinder delivery delayed in {CITY}, distributor informed",
    "cx ws confused abt {JARG}, explained twice, {FRAG}",
    "{SHOP} {FEST} sale - cx wanted price match for {PROD}, not possible, offered coupon",
    "{AIRLINE} flight {CITY}-{CITY2} cancelled, refund to {WALLET} in 7 days",
    "{TEAM} overloaded, hold time 12 min, cx patient",
    "VoLTE not working in {CITY}, APN settings shared for {TEL}",
    "{BANK} net banking locked, reset via {JARG}, {FRAG}",
    "cx asked abt {STREAM} subscription via {TEL} bundle, activated",
    "{PROD} replacement approved by {SHOP} {TEAM}",
    "told cx to check tariff on {PUBURL}, {FRAG}",
    "remittance from {ABROAD} via {REMIT} credited to {WALLET}, cx relieved",
    "{FRAG}. {FRAG}. {FRAG}",
    "{TEL} {PLAN} {AMT} recharge done via {WALLET}, cashback {AMT}",
    "{CITY} hub of {SHOP} not picking calls, raised to {TEAM}",
    "cx wanted to know {FEST} delivery timelines for {FOOD} in {CITY}",
    "{INS} renewal reminder, {AMT} premium, cx will pay via {WALLET}",
    "{RIDE} fare dispute {CITY} to {CITY2}, {AMT} adjusted, {FRAG}",
    "{JARG} + {JARG} explained, {TEAM} ticket not needed",
    "{POWER} bill {AMT} too high, meter reading pic asked, {TEAM} to recheck",
    "{TEL} tower work at {CITY} {LANDMARK}, ETA {DATE}",
    "{SHOP} seller sent wrong {PROD}, return picked, refund {AMT}",
    "{WALLET} KYC upgrade done, limit now {AMT} per day",
    "cx using {DEVICE}, {TEL} 5G not showing, asked to update software",
    "helped cx download {BANK} app, {JARG} registration done, {FRAG}",
    "{HOSP} bill submitted to {INS} TPA desk, TAT 7 working days",
    "{FOOD} gold membership refund {AMT} to {WALLET}, {FRAG}",
    "whole {CITY} area {TELISSUE}, mass outage tagged by NOC",
    "{STREAM} not working on {DEVICE}, cleared cache, working",
    "cx upset abt {AMT} late fee on {BANK} card, waived one time",
    "{AIRLINE} baggage delayed {CITY} airport, {TEAM} follow up",
]

WEIGHT_PD = 0.55


class Builder:
    def __init__(self, listed):
        self.g = Gen(listed)
        self.rng = self.g.rng

    def slot(self, key, ctx):
        g = self.g
        cc = ctx["cc"]
        p1, p2 = ctx["p1"], ctx["p2"]
        if key == "X":
            return g.anyform(p1)
        if key == "X2":
            return g.anyform(p2)
        if key == "G":
            return [(p1.given, "name")]
        if key == "G2":
            return [(p2.given, "name")]
        if key == "F":
            return [(p1.family, "name")]
        if key == "N":
            return [(g.full(p1), "name")]
        if key == "N2":
            return [(g.full(p2), "name")]
        if key == "H":
            return g.hon(p1)
        if key == "H2":
            return g.hon(p2)
        if key == "HP":
            return g.hon(p1, short=True) + [("'s", "o")]
        if key == "K":
            return g.kin(p1)
        if key == "C":
            return g.crm(p1)
        if key == "CRMU":
            return [(p1.family.upper(), "name"), (", ", "o"), (p1.given.upper(), "name")]
        if key == "I":
            return [(g.initials(p1), "name")]
        if key == "O":
            return [(g.official(p1), "name")]
        if key == "P":
            f = g.anyform(p1) if self.rng.random() < 0.5 else [(p1.given, "name")]
            if f[-1][1] != "name":
                f = [(p1.given, "name")]
            return f + [(self.rng.choice(["'s", "'s", "’s"]), "o")]
        if key == "WORDNAME":
            if not g.wordnames:
                return g.hon(p1)
            w, kind, sex = g.ch(g.wordnames)
            if kind == "s":
                pre = g.ch(["Mr ", "Mrs ", "Ms "] if sex == "f" else ["Mr ", "Mr. "])
                return [(pre, "o"), (w, "name")]
            if self.rng.random() < 0.5:
                return [(w + " " + p1.family, "name")]
            return [(g.ch(["cx ", "caller ", "cust "]), "o"), (w, "name"), (" " + g.ch(["di", "bhai", "ji", "didi", "aunty"]), "o")]
        if key == "HE":
            return [("he" if p1.sex == "m" else "she", "o")]
        if key == "HE2":
            return [("he" if p2.sex == "m" else "she", "o")]
        if key == "HIM":
            return [("him" if p1.sex == "m" else "her", "o")]
        if key == "REL2":
            return [(g.ch(["husband", "son", "father", "brother", "uncle", "father-in-law", "nephew"] if p2.sex == "m"
                          else ["wife", "daughter", "mother", "sister", "aunt", "mother-in-law", "niece"]), "o")]
        if key == "PHONE":
            return [(g.phone(cc), "phone")]
        if key == "EMAIL":
            return [(g.email(p1, cc), "email")]
        if key == "CARD4":
            return [(g.digits(4), "card")]
        if key == "CARDFULL":
            return [(g.card_full(), "card")]
        if key == "ACCT":
            return [(g.acct(cc), "id")]
        if key == "ORDER":
            return [(g.order(), "id")]
        if key == "TICKET":
            return [(g.ticket(), "id")]
        if key == "CONSUMER":
            return [(g.consumer(), "id")]
        if key == "POLICY":
            return [(g.policy(), "id")]
        if key == "PNR":
            return [(g.pnr(), "id")]
        if key == "PASSPORT":
            return [(g.passport(cc), "id")]
        if key == "PLATE":
            return [(g.plate(cc), "id")]
        if key == "UPI":
            return [(g.upi(p1), "id")]
        if key == "PAN":
            save = ctx["cc"]
            cue, v = g.nid("IN", p1)
            while not cue.lower().startswith("pan"):
                cue, v = g.nid("IN", p1)
            return [(v, "id")]
        if key == "NID":
            cue, v = g.nid(cc, p1)
            return [(cue, "o"), (v, "id")]
        if key == "ADDR":
            ctx["addr"] = True
            return g.address(cc)
        if key == "ADDRS":
            ctx["addr"] = True
            return g.address(cc, street_only=True)
        if key == "CITYX":
            if ctx.get("addr"):
                return [(g.last_city, "~")]
            g.address(cc, street_only=True)
            ctx["addr"] = True
            return [(g.last_city, "~")]
        if key == "PIN":
            if not ctx.get("addr"):
                g.address(cc, street_only=True)
                ctx["addr"] = True
            return [(g.last_pin, "postcode")]
        if key == "IP":
            return [(g.ip(cc), "ip")]
        if key == "URL":
            return [(g.url(p1, cc), "url")]
        if key == "IBAN":
            return [(g.iban(), "iban")]
        if key == "DOBC":
            v, tail = g.dob(p1, cc)
            cue = g.ch(["DOB ", "dob: ", "D.O.B ", "d.o.b-", "born on ", "date of birth ", "DoB ", "birth date ",
                        "DOB: ", "dob "])
            return [(cue, "o"), (v, "dob")] + ([(tail, "o")] if tail else [])
        if key == "DOB":
            v, tail = g.dob(p1, cc)
            return [(v, "dob")] + ([(tail, "o")] if tail else [])
        # --- o slots
        if key == "TEL":
            ctx["tel"] = g.ch(TEL[cc])
            return [(ctx["tel"], "o")]
        if key == "TEL2":
            t = g.ch(TEL[cc])
            while fold(t)[:3] == fold(ctx.get("tel", "-"))[:3]:
                t = g.ch(TEL[cc])
            return [(t, "o")]
        if key == "BANK":
            return [(g.ch(BANK[cc]), "o")]
        if key == "WALLET":
            return [(g.ch(WALLET[cc]), "o")]
        if key == "FOOD":
            return [(g.ch(FOOD[cc]), "o")]
        if key == "RIDE":
            return [(g.ch(RIDE[cc]), "o")]
        if key == "SHOP":
            return [(g.ch(SHOP[cc]), "o")]
        if key == "POWER":
            return [(g.ch(POWER[cc]), "o")]
        if key == "GAS":
            return [(g.ch(GAS[cc]), "o")]
        if key == "INS":
            return [(g.ch(INS[cc]), "o")]
        if key == "CITY":
            ctx["city"] = g.ch(CITY[cc])
            return [(ctx["city"], "o")]
        if key == "CITY2":
            t = g.ch(CITY[cc])
            while fold(t)[:5] == fold(ctx.get("city", "-"))[:5]:
                t = g.ch(CITY[cc])
            return [(t, "o")]
        if key == "CHILD":
            return [("son" if p2.sex == "m" else "daughter", "o")]
        if key == "AIRLINE":
            return [(g.ch(AIRLINE), "o")]
        if key == "DTH":
            return [(g.ch(DTH), "o")]
        if key == "STREAM":
            return [(g.ch(STREAM), "o")]
        if key == "REMIT":
            return [(g.ch(REMIT), "o")]
        if key == "ABROAD":
            return [(g.ch(ABROAD), "o")]
        if key == "HOSP":
            return [(g.ch(HOSP), "o")]
        if key == "DEVICE":
            return [(g.ch(DEVICE), "o")]
        if key == "PROD":
            return [(g.ch(PROD), "o")]
        if key == "TEAM":
            return [(g.ch(TEAM), "o")]
        if key == "JARG":
            return [(g.ch(JARG), "o")]
        if key == "TELISSUE":
            return [(g.ch(TELISSUE), "o")]
        if key == "ITEMS":
            return [(g.ch(ITEMS), "o")]
        if key == "FEST":
            return [(g.ch(FEST), "o")]
        if key == "PLAN":
            return [(g.ch(PLAN), "o")]
        if key == "LANDMARK":
            return [(g.ch(LANDMARK), "o")]
        if key == "PUBURL":
            return [(g.ch(PUBURL), "o")]
        if key == "DISH":
            return [(g.ch(DISH_FOOD), "o")]
        if key == "AMT":
            return [(g.amount(cc), "o")]
        if key == "DATE":
            return [(g.date(), "o")]
        if key == "TIME":
            return [(g.time(), "o")]
        if key == "LANG":
            return [(g.ch(LANG[cc]), "o")]
        if key == "FRAG":
            used = ctx.setdefault("used", [])
            f = g.ch(FRAGS)
            for _ in range(6):
                if f not in used:
                    break
                f = g.ch(FRAGS)
            used.append(f)
            return self.render(f, ctx)
        raise KeyError(key)

    def render(self, tpl, ctx):
        out = []
        pos = 0
        for m in re.finditer(r"\{([A-Z0-9]+)\}", tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], "o"))
            out.extend(self.slot(m.group(1), ctx))
            pos = m.end()
        if pos < len(tpl):
            out.append((tpl[pos:], "o"))
        return out

    def note(self, i):
        r = self.rng
        g = self.g
        pd = r.random() < WEIGHT_PD
        p1 = g.person()
        cc = g.ch(CULT[p1.culture]["c"])
        tpl = g.ch(PD_T) if pd else g.ch(NOPD_T)
        male2 = ("driver {" in tpl) or ("rider {" in tpl)
        p2 = g.person(country=cc, sex="m" if male2 else None)
        ctx = {"cc": cc, "p1": p1, "p2": p2}
        segs = self.render(tpl, ctx)
        # free mix of fragments before / after
        x = r.random()
        F = lambda: self.slot("FRAG", ctx)
        if x < 0.3:
            segs = segs + [(g.ch([". ", ", ", " - ", " | ", ". "]), "o")] + F()
        elif x < 0.42:
            segs = F() + [(g.ch([". ", ", ", " - ", " // "]), "o")] + segs
        elif x < 0.5:
            segs = segs + [(". ", "o")] + F() + [(", ", "o")] + F()
        elif x < 0.58:
            segs = segs + [(g.ch([". also ", ". ", " + ", "; "]), "o")] + self.render(g.ch(NOPD_T), ctx)
        return self.finish(segs)

    def finish(self, segs):
        r = self.rng
        g = self.g
        # typos / shorthand on o segments only
        if r.random() < 0.3:
            out = []
            for t, l in segs:
                if l == "o":
                    for a, b in TYPO:
                        if a in t and r.random() < 0.5:
                            t = t.replace(a, b, 1)
                    if r.random() < 0.1:
                        t = t.replace("'", "")
                out.append((t, l))
            segs = out
        # occasional ALL CAPS word in an o segment
        if r.random() < 0.12:
            idx = [k for k, (t, l) in enumerate(segs) if l == "o" and re.search(r"[a-z]{4,}", t)]
            if idx:
                k = g.ch(idx)
                t = segs[k][0]
                ws = list(re.finditer(r"[A-Za-z]{4,}", t))
                w = g.ch(ws)
                segs[k] = (t[:w.start()] + w.group(0).upper() + t[w.end():], "o")
        # all lower case notes
        y = r.random()
        if y < 0.31:
            segs = [(t.lower(), l) for t, l in segs]
        elif y < 0.33:
            segs = [(t.upper() if l in ("o", "name", "address", "~") else t, l) for t, l in segs]
        elif r.random() < 0.5 and segs and segs[0][1] == "o":
            t = segs[0][0]
            segs[0] = (t[:1].upper() + t[1:], "o")
        # merge adjacent o, drop empties, strip outer spaces
        out = []
        for t, l in segs:
            if not t:
                continue
            if out and out[-1][1] == "o" and l == "o":
                out[-1] = (out[-1][0] + t, "o")
            else:
                out.append((t, l))
        if out and out[0][1] == "o":
            out[0] = (out[0][0].lstrip(), "o")
        if out and out[-1][1] == "o":
            out[-1] = (out[-1][0].rstrip(), "o")
        out = [(t, l) for t, l in out if t]
        return out


def _words(note):
    return len("".join(t for t, _ in note).split())


def blind_notes(listed: frozenset) -> list:
    b = Builder(listed)
    notes = []
    seen = {}
    i = 0
    guard = 0
    while len(notes) < N_NOTES and guard < N_NOTES * 20:
        guard += 1
        n = b.note(i)
        txt = "".join(t for t, _ in n)
        wc = _words(n)
        if wc < 5 or wc > 45 or "\n" in txt or txt in seen:
            continue
        seen[txt] = 1
        notes.append(n)
        i += 1
    return notes


# ---------------------------------------------------------------------------
def _selfcheck():
    sample_listed = frozenset(fold(x) for x in _L(
        "john, mary, anna, maria, david, michael, sarah, james, robert, linda, peter, paul, mark, rose, ruby, "
        "ali, ahmed, mohamed, ibrahim, hassan, hussain, fatima, aisha, patel, shah, khan, singh, kumar, sharma, "
        "priya, rahul, amit, raj, ravi, anil, sunil, sita, gita, laxmi, joshi, das, rai, silva, fernandes, "
        "pereira, rodrigues, souza, costa, pinto, vaz, baby, lucky, honey, happy"))
    for listed in (frozenset(), sample_listed):
        a = blind_notes(listed)
        b = blind_notes(listed)
        assert a == b, "not deterministic"
        for note in a:
            assert note, "empty note"
            for t, l in note:
                assert l in LABELS, l
                assert t, "empty segment"
                assert "\n" not in t
            for t, l in note:
                if l == "name":
                    for p in _pieces(t):
                        assert p not in listed or p in ("", ), (t, p)
            wc = _words(note)
            assert 5 <= wc <= 45, (wc, note)
    notes = blind_notes(sample_listed)
    counts = {}
    for l in LABELS:
        counts[l] = 0
    lower = 0
    nopd = 0
    for note in notes:
        txt = "".join(t for t, _ in note)
        if txt == txt.lower():
            lower += 1
        if not any(l in PD_LABELS for _, l in note):
            nopd += 1
        for _, l in note:
            counts[l] += 1
    print("notes:", len(notes))
    print("segments per label:", ", ".join("%s=%d" % (l, counts[l]) for l in LABELS))
    print("all-lower-case share: %.3f" % (lower / len(notes)))
    print("no-personal-data share: %.3f" % (nopd / len(notes)))


if __name__ == "__main__":
    _selfcheck()
