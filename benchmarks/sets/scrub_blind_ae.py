"""Blind evaluation set: South Asian + Gulf care-desk notes (e-commerce, banking,
ride-hailing, telecom). Standard library only, deterministic."""
import random
import re
import unicodedata

SEED = 20240611
LABELS = ("name", "email", "phone", "card", "id", "address", "postcode", "ip",
          "url", "iban", "dob", "o", "~")
N_NOTES = 1000

# ----------------------------------------------------------------- name pools
def _w(s):
    return [x.strip() for x in s.split(",") if x.strip()]

# culture: (given, family, countries, family_first_share, honorific suffixes)
CULTURES = {
    "hindi": (_w("Rahul, Amit, Anjali, Priya, Rohit, Sunita, Vikas, Pooja, Manish, Neha, Sanjay, Kavita, Ajay, Rekha, Deepak, Suman, Alok, Shweta, Pankaj, Nidhi, Ravi, Swati, Abhishek, Preeti, Ankit, Komal, Saurabh, Jyoti, Nitin, Ritu, Vivek, Aarti, Gaurav, Shalini, Ashish, Mamta, Harsh, Ishita, Aditya, Sakshi, Shivam, Khushboo, Ramesh, Geeta"),
              _w("Sharma, Verma, Gupta, Srivastava, Mishra, Tiwari, Pandey, Yadav, Singh, Chauhan, Tripathi, Dubey, Shukla, Agarwal, Jaiswal, Saxena, Rastogi, Bajpai, Chaturvedi, Dwivedi, Upadhyay, Kushwaha, Maurya, Rajput, Thakur, Chaudhary, Awasthi, Dixit, Bhatt, Kesarwani, Mathur, Kulshrestha, Nigam, Rathore, Tomar, Bhadauria, Shrivastav, Kashyap, Pathak, Ojha, Rai, Prajapati"),
              ["IN", "IN", "IN", "AE"], 0.0, ["ji", "sir", "madam", "bhai", "saab"]),
    "punjabi": (_w("Gurpreet, Harpreet, Manpreet, Jaspreet, Simran, Navjot, Amandeep, Harjinder, Kuldeep, Balwinder, Sukhwinder, Paramjit, Rajveer, Jasleen, Gurleen, Harleen, Inderjit, Jagdeep, Tejinder, Ravneet, Manjeet, Baljit, Kirandeep, Sandeep, Arshdeep, Gagandeep, Navneet, Rupinder, Satnam, Daljit, Harbhajan, Jaswinder, Karan, Mehak, Noor, Prabhjot, Sukhmani, Taranjit, Avneet, Ekam"),
                _w("Gill, Sandhu, Sidhu, Dhillon, Grewal, Brar, Bajwa, Randhawa, Cheema, Virk, Kaur, Singh, Ahluwalia, Bedi, Chadha, Kohli, Malhotra, Kapoor, Khanna, Arora, Sethi, Bhatia, Anand, Sodhi, Walia, Bains, Mann, Sekhon, Dhaliwal, Johal, Aulakh, Pannu, Deol, Chahal, Toor, Hundal, Khaira, Saini, Uppal, Talwar"),
                ["IN", "IN", "AE"], 0.0, ["ji", "paaji", "sir", "bhaji"]),
    "gujarati": (_w("Hetal, Jignesh, Bhavesh, Mitesh, Nirav, Krupa, Dhruv, Falguni, Hiral, Ketan, Parth, Riddhi, Siddhi, Urvashi, Chirag, Hardik, Kinjal, Mehul, Nayan, Pinal, Rupal, Tejal, Vipul, Alpesh, Bhumi, Darshan, Foram, Jinal, Kalpesh, Minal, Nilesh, Paresh, Rakesh, Sejal, Tushar, Yash, Zeel, Hemangi, Dhaval, Jayesh"),
                 _w("Patel, Shah, Mehta, Desai, Parikh, Modi, Joshi, Trivedi, Vyas, Pandya, Dave, Thakkar, Gandhi, Kothari, Doshi, Sheth, Chokshi, Amin, Bhatt, Rana, Solanki, Chauhan, Parmar, Vaghela, Jadeja, Raval, Soni, Panchal, Mistry, Lakhani, Kapadia, Bhavsar, Dalal, Vora, Jhaveri, Majmudar, Contractor, Brahmbhatt, Makwana, Gohil"),
                 ["IN", "IN", "AE"], 0.0, ["bhai", "ben", "ji", "sir"]),
    "marathi": (_w("Sachin, Sneha, Prashant, Aishwarya, Omkar, Tejas, Pranali, Swapnil, Rutuja, Mangesh, Shraddha, Ganesh, Vaishali, Sagar, Manasi, Akshay, Pallavi, Nikhil, Sayali, Santosh, Madhuri, Rohan, Ashwini, Sameer, Gauri, Vinayak, Amruta, Tushar, Prajakta, Mahesh, Shubhangi, Yogesh, Rasika, Aniket, Ketaki, Suyash, Mrunal, Chinmay, Apurva, Sushant"),
                _w("Patil, Deshmukh, Kulkarni, Joshi, Pawar, Jadhav, Shinde, Gaikwad, Bhosale, More, Chavan, Deshpande, Gokhale, Apte, Kale, Sawant, Salunkhe, Mane, Kadam, Phadke, Ranade, Karve, Bhagwat, Sathe, Tendulkar, Naik, Wagh, Thorat, Kamble, Dhumal, Londhe, Mhatre, Khot, Nalawade, Pendse, Godbole, Lele, Chitnis, Marathe, Ingle"),
                ["IN"], 0.05, ["rao", "tai", "sir", "ji"]),
    "bengali": (_w("Arnab, Sourav, Debjani, Ananya, Subhankar, Rituparna, Tanmoy, Moumita, Abir, Sayantani, Partha, Mousumi, Indranil, Shreya, Anirban, Paromita, Rajib, Sudeshna, Tanvir, Nusrat, Farhana, Rafiq, Shakib, Mahmudul, Sharmin, Tahmina, Arif, Jannatul, Sadia, Rezaul, Mithila, Kamrul, Nazmul, Sumaiya, Habib, Fahim, Tasnim, Mehedi, Rubina, Shuvo, Ayon, Oindrila"),
                _w("Chatterjee, Banerjee, Mukherjee, Bhattacharya, Ganguly, Chakraborty, Das, Dutta, Bose, Ghosh, Sen, Roy, Saha, Mitra, Majumdar, Sarkar, Pal, Basu, Chowdhury, Biswas, Mondal, Haldar, Karmakar, Hossain, Rahman, Islam, Ahmed, Uddin, Begum, Akter, Khatun, Hasan, Siddique, Talukder, Sheikh, Mia, Kabir, Bhuiyan, Mollah, Sikder, Alam, Howlader"),
                ["IN", "BD", "BD"], 0.0, ["da", "di", "dada", "apa", "bhai"]),
    "tamil": (_w("Karthik, Murugan, Lakshmi, Senthil, Kavitha, Arun, Divya, Saravanan, Meena, Vignesh, Deepa, Balaji, Revathi, Prakash, Anitha, Ganesan, Selvi, Dinesh, Sangeetha, Ramesh, Janani, Suresh, Nandhini, Manikandan, Gayathri, Rajesh, Keerthana, Sathish, Malathi, Vijay, Preethi, Kumaran, Bharathi, Thiru, Ilakkiya, Aravind, Yamuna, Sundar, Vasanthi, Ezhil, Muthu"),
              _w("Subramanian, Krishnan, Ramasamy, Natarajan, Venkatesan, Raman, Sundaram, Murugesan, Rajendran, Balasubramanian, Chandrasekaran, Arumugam, Palaniappan, Srinivasan, Iyer, Iyengar, Pillai, Mudaliar, Chettiar, Gounder, Thevar, Nadar, Annamalai, Kandasamy, Periyasamy, Shanmugam, Govindarajan, Anbalagan, Elangovan, Duraisamy, Selvaraj, Raghavan, Vaidyanathan, Padmanabhan, Swaminathan, Jayaraman, Sekar, Kannan, Manickam, Rangarajan"),
              ["IN", "IN", "AE"], 0.0, ["anna", "akka", "sir", "madam"]),
    "telugu": (_w("Srinivas, Venkatesh, Sravani, Naveen, Swathi, Ramakrishna, Bhavani, Sai, Harika, Chaitanya, Sirisha, Pavan, Mounika, Kiran, Sowmya, Ravi Teja, Keerthi, Srikanth, Lavanya, Mahesh, Sindhu, Anil, Madhavi, Vamsi, Prasanna, Nagarjuna, Tejaswini, Raghu, Sailaja, Suresh, Himaja, Gopi, Jyothi, Praveen, Anusha, Kalyan, Deepthi, Murali, Vasavi, Phani, Sujatha"),
               _w("Reddy, Rao, Naidu, Chowdary, Varma, Raju, Goud, Konidela, Akkineni, Nandamuri, Daggubati, Yarlagadda, Kodali, Gali, Bommireddy, Pulipati, Vemula, Kothapalli, Pothula, Tummala, Gunturu, Boddu, Chintalapudi, Manchala, Lingala, Nallamothu, Ponnam, Vadlamudi, Sunkara, Katta, Garapati, Muppalla, Devarakonda, Kakani, Paruchuri, Maddipati, Jonnalagadda, Bollineni, Yadlapalli, Annam"),
               ["IN", "IN", "AE"], 0.45, ["garu", "anna", "sir"]),
    "kannada": (_w("Manjunath, Shwetha, Raghavendra, Pooja, Nagaraj, Kavya, Prajwal, Spoorthi, Chethan, Rashmi, Darshan, Bhavya, Puneeth, Ranjitha, Shivakumar, Sahana, Girish, Ashwini, Yashas, Chaitra, Mallikarjun, Ramya, Basavaraj, Nayana, Keshav, Sindhu, Santosh, Pavithra, Harish, Deepika, Sudeep, Sowmya, Vinay, Anusha, Umesh, Varsha, Prathap, Megha, Lokesh, Tejaswini"),
                _w("Gowda, Hegde, Shetty, Rai, Bhat, Kamath, Pai, Shenoy, Nayak, Kulkarni, Patil, Hebbar, Acharya, Rao, Murthy, Prasad, Swamy, Urs, Setty, Karanth, Adiga, Holla, Kini, Mallya, Poojary, Devadiga, Naik, Gowder, Bangera, Kotian, Alva, Ballal, Shanbhag, Upadhya, Hosamane, Siddaiah, Ramaiah, Lingaiah, Bhandary, Salian"),
                ["IN"], 0.0, ["avare", "sir", "madam"]),
    "malayalam": (_w("Anoop, Aswathy, Vishnu, Lakshmi, Arjun, Anjana, Sreejith, Divya, Rahul, Athira, Nithin, Reshma, Sarath, Sreelakshmi, Akhil, Arya, Vineeth, Parvathy, Jithin, Gopika, Unnikrishnan, Meera, Hari, Sruthi, Fahad, Shabna, Muhammed, Fathima, Ajmal, Nihala, Shihab, Haseena, Jaseem, Rinshad, Nandana, Sandeep, Krishnendu, Aparna, Abhijith, Devika"),
                  _w("Nair, Menon, Pillai, Kurup, Warrier, Nambiar, Panicker, Varma, Namboothiri, Kartha, Unnithan, Nambudiri, Thampi, Kaimal, Ezhuthachan, Marar, Poduval, Nambisan, Moosa, Koya, Haji, Kutty, Thangal, Puthiyaveettil, Kizhakkedath, Madathil, Vadakkedath, Padinjarethil, Chandran, Gopinath, Ravindran, Sasidharan, Balakrishnan, Sukumaran, Radhakrishnan, Vijayan, Mohandas, Raveendran, Prabhakaran, Karunakaran"),
                  ["IN", "AE", "AE", "QA"], 0.0, ["chetta", "chechi", "sir", "ikka"]),
    "odia": (_w("Subhashree, Debasis, Sasmita, Biswajit, Lipsa, Pradeep, Sanghamitra, Ranjan, Itishree, Sanjib, Manaswini, Chinmaya, Priyadarshini, Bibhuti, Jyotirmayee, Soumya, Rashmita, Ashutosh, Madhusmita, Satyajit, Anima, Prasant, Smruti, Tapas, Bijaya, Sudhansu, Lopamudra, Manas, Puspanjali, Saroj, Rojalin, Amitav, Sibani, Dillip, Sonali, Pratyush, Mamata, Bikash, Namita, Swarup"),
             _w("Mohanty, Patnaik, Pattanaik, Das, Sahoo, Mishra, Panda, Behera, Nayak, Rout, Swain, Jena, Mohapatra, Samal, Pradhan, Dash, Tripathy, Parida, Sethy, Biswal, Senapati, Mallick, Barik, Majhi, Lenka, Sahu, Acharya, Panigrahi, Satpathy, Mahanta, Rath, Bhoi, Khuntia, Dalai, Nanda, Ojha, Kar, Hota, Sabat, Baral"),
             ["IN"], 0.0, ["babu", "apa", "bhai", "sir"]),
    "sindhi": (_w("Kishore, Naresh, Jaya, Harish, Sunil, Kavita, Manoj, Sonia, Deepak, Bhavna, Ashok, Nisha, Raj, Gul, Sanam, Sarmad, Ayaz, Shahnaz, Zulfiqar, Bilawal, Marvi, Sassui, Sachal, Abida, Imdad, Nazir, Farida, Rubina, Khalid, Ghulam, Mumtaz, Waqar, Sadaf, Kamran, Lata, Dilip, Hema, Vinod, Mohini, Parkash"),
               _w("Advani, Bhatia, Chhabria, Daswani, Gidwani, Hiranandani, Jethmalani, Kripalani, Lalwani, Mirchandani, Motwani, Nihalani, Rohra, Sadarangani, Tahiliani, Vaswani, Wadhwani, Thadani, Ramchandani, Mansukhani, Keswani, Sippy, Bhutto, Soomro, Memon, Jatoi, Junejo, Shaikh, Abro, Channa, Mahar, Laghari, Talpur, Chandio, Qureshi, Pirzada, Mangi, Samoon, Khuhro, Mirani"),
               ["IN", "PK", "PK", "AE"], 0.0, ["sain", "ji", "sahib", "bhai"]),
    "pashtun": (_w("Imran, Gul, Zarghuna, Wali, Bakht, Malalai, Asfandyar, Shahid, Noorullah, Habibullah, Zarmina, Sher, Aimal, Palwasha, Ajmal, Gulalai, Fazal, Rahim, Sajid, Samina, Ikram, Nasreen, Hamid, Waheeda, Yousaf, Shazia, Ilyas, Hidayat, Farzana, Mir, Naheed, Zubair, Bushra, Usman, Laila, Javed, Mehreen, Shakeel, Sumbal, Zahid"),
                _w("Khan, Yousafzai, Afridi, Khattak, Durrani, Achakzai, Mohmand, Shinwari, Wazir, Bangash, Orakzai, Marwat, Kakar, Mandokhail, Tareen, Niazi, Lodhi, Ghilzai, Popalzai, Barakzai, Safi, Jadoon, Swati, Mahsud, Bettani, Gandapur, Kundi, Babar, Tanoli, Utmankhel, Sherpao, Khalil, Dawar, Turi, Momand, Zadran, Hotak, Alizai, Mashwani, Toru"),
                ["PK", "PK", "AE", "SA"], 0.0, ["sahib", "lala", "bhai", "khan"]),
    "baloch": (_w("Jamal, Akbar, Shahzain, Mahrang, Sammi, Karima, Murad, Hammal, Chakar, Bibarg, Naseer, Hani, Gulzar, Dostain, Zareena, Sabiha, Bahar, Zahoor, Rustam, Baran, Jiand, Dilshad, Malik, Sakina, Meherbano, Shay, Bashir, Wahid, Hayat, Ramzan, Jan, Faiz, Rehana, Amina, Parveen, Sadiq, Kamal, Khalida, Mehlab, Sanaullah"),
               _w("Baloch, Marri, Bugti, Mengal, Bizenjo, Rind, Raisani, Jamali, Magsi, Zehri, Lehri, Domki, Notezai, Langove, Kurd, Mazari, Leghari, Khosa, Gichki, Sanjrani, Kalmati, Buledi, Rakhshani, Baranzai, Hoth, Sasoli, Shahwani, Mirwani, Bangulzai, Nausherwani, Kenazai, Jamaldini, Dashti, Lashari, Hasni, Gorgej, Bozdar, Gurchani, Dreshak, Bazai"),
               ["PK", "PK", "OM", "AE"], 0.0, ["sahib", "bhai", "waja"]),
    "sinhala": (_w("Kasun, Nimali, Chamara, Dilani, Tharindu, Sanduni, Nuwan, Chathurika, Lahiru, Ishara, Pradeep, Sachini, Dinesh, Anushka, Ruwan, Nadeesha, Buddhika, Hiruni, Kavindu, Thilini, Isuru, Dulani, Asanka, Madhavi, Sampath, Gayani, Chaminda, Piumi, Janaka, Malsha, Dilshan, Upeksha, Heshan, Sewwandi, Mahela, Kumudu, Lasith, Shanika, Dimuth, Yasara"),
                _w("Perera, Fernando, de Silva, Wickramasinghe, Jayasuriya, Bandara, Rajapaksa, Gunawardena, Dissanayake, Herath, Senanayake, Wijesinghe, Ranasinghe, Jayawardena, Karunaratne, Samarasinghe, Gunasekara, Rathnayake, Weerasinghe, Abeysekera, Amarasinghe, Kumara, Liyanage, Pathirana, Siriwardena, Wijeratne, Ekanayake, Hettiarachchi, Kodikara, Mendis, Peiris, Jayasinghe, Madushanka, Rodrigo, Wanigasekara, Ratnayake, Kulasekara, Dharmasena, Munasinghe, Seneviratne"),
                ["LK", "LK", "LK", "QA"], 0.1, ["mahattaya", "aiya", "akka", "sir", "miss"]),
    "sltamil": (_w("Tharshan, Kajan, Thusyanthy, Niroshan, Pirasanth, Mathuri, Keerthanan, Sinthuja, Janarthanan, Vithusha, Sutharsan, Kajani, Mayooran, Piriya, Thivakaran, Nilani, Kirushanth, Sharmila, Ravishankar, Vasuki, Sivakumar, Anojan, Thanushika, Logeswaran, Prasanthy, Gajan, Thayalan, Yalini, Kumaran, Suganya, Nirojan, Abirami, Sayanthan, Varsha, Kobika, Tharani, Mathivathani, Ilango, Jeyanthan, Senthuran"),
                _w("Sivalingam, Thevarajah, Kanagaratnam, Sivapalan, Ponnambalam, Arulampalam, Rasalingam, Selvanayagam, Thambiah, Kandiah, Mahendran, Nadarajah, Ratnasingam, Shanmuganathan, Vigneswaran, Balachandran, Sivanesan, Yogarajah, Kugathasan, Jeyakumar, Paramanathan, Thiruchelvam, Sritharan, Navaratnam, Ganeshalingam, Pathmanathan, Rajaratnam, Kathirgamanathan, Sathiyamoorthy, Loganathan, Vijayakumar, Arunasalam, Kumaraswamy, Manoharan, Nagendran, Sabaratnam, Thurairajah, Sinnathamby, Murugupillai, Subramaniam"),
                ["LK", "LK", "AE"], 0.0, ["anna", "akka", "sir"]),
    "nepali": (_w("Ram, Sita, Bikash, Sarita, Prakash, Anjana, Suman, Pratima, Rajesh, Sabina, Dipendra, Kabita, Sujan, Rojina, Bishnu, Srijana, Nabin, Asmita, Santosh, Manisha, Hari, Sunita, Kiran, Binita, Roshan, Pooja, Dinesh, Samjhana, Anil, Rekha, Gopal, Pramila, Sagar, Nirmala, Bibek, Sushila, Ashok, Laxmi, Nischal, Aayusha"),
               _w("Shrestha, Thapa, Gurung, Tamang, Rai, Limbu, Magar, Sherpa, Karki, Adhikari, Khadka, Bhattarai, Poudel, Sharma, Koirala, Pokharel, Dahal, Basnet, Bhandari, Maharjan, Shakya, Bajracharya, Pandey, Acharya, Lama, Ghimire, Regmi, Subedi, Aryal, Rijal, KC, Thakuri, Chhetri, Joshi, Neupane, Bista, Dhakal, Gautam, Lamichhane, Tiwari"),
               ["NP", "NP", "AE", "QA"], 0.0, ["dai", "didi", "ji", "sir"]),
    "gulf": (_w("Mohammed, Ahmed, Khalid, Fatima, Mariam, Hamdan, Saeed, Sultan, Aisha, Noura, Rashid, Hessa, Abdullah, Shamma, Omar, Latifa, Majid, Maitha, Hamad, Alyaa, Faisal, Reem, Salem, Moza, Obaid, Amna, Yousef, Hind, Juma, Sheikha, Nasser, Dana, Ibrahim, Lubna, Mansour, Saif, Asma, Khalifa, Afra, Mubarak"),
             _w("Al Mansoori, Al Shamsi, Al Mazrouei, Al Ketbi, Al Dhaheri, Al Suwaidi, Al Falasi, Al Nuaimi, Al Hammadi, Al Zaabi, Al Mheiri, Al Romaithi, Al Blooshi, Al Marri, Al Hashimi, Al Kaabi, Al Ameri, Al Muhairi, Al Shehhi, Al Tunaiji, Al-Harthy, Al-Qahtani, Al-Ghamdi, Al-Otaibi, Al-Dosari, Al-Shammari, Al-Mutairi, Al-Zahrani, Al-Kuwari, Al-Balushi, Al-Rawahi, Al Hinai, Al Jaber, Al Habtoor, Al Serkal, Lootah, Al Ghurair, Almansoori, Alshamsi, Al Owais"),
             ["AE", "AE", "SA", "QA", "OM"], 0.0, ["sir", "madam"]),
    "keralite": (_w("Jose, Mathew, Thomas, Anu, Jincy, Tintu, Bincy, Shiny, Jomon, Biju, Sijo, Reji, Annamma, Mariamma, Aleyamma, Kunjumon, Sherin, Jiby, Linta, Eldho, Abin, Alphonsa, Jestin, Febin, Nimmy, Ancy, Shibu, Roy, Saju, Joby, Tessy, Liya, Sonia, Anto, Ebin, Jisha, Binu, Soja, Delna, Varghese"),
                 _w("Varghese, Kurian, Mathew, Thomas, Joseph, Chacko, George, Philip, Abraham, Jacob, Cherian, Oommen, Kuriakose, Thekkekara, Puthenpurackal, Kallarackal, Manjooran, Paul, Mani, Eapen, Koshy, Mammen, Zachariah, Skaria, Pothen, Ittyerah, Vadakkan, Palathinkal, Kattookaran, Chittilappilly, Panackal, Elenjickal, Puthussery, Kunnappilly, Thottathil, Kizhakkethil, Pallickal, Alappatt, Chemmannur, Muthoot"),
                 ["IN", "AE", "AE", "QA"], 0.0, ["chetta", "chechi", "achaya", "sir"]),
    "goan": (_w("Savio, Joaquim, Agnelo, Francis, Maria, Conceição, Conceicao, Inês, Ines, Fátima, Fatima, Sebastião, Sebastiao, João, Joao, Anthony, Rosario, Cajetan, Lourdes, Felicia, Brenda, Glen, Wendell, Nelson, Gracy, Juliet, Melroy, Alisha, Rochelle, Crispin, Jude, Menino, Filomena, Socorro, Remy, Lorna, Valentine, Clyde, Errol, Bosco, Tanya"),
             _w("D'Souza, Fernandes, Rodrigues, Pereira, D'Costa, Gomes, Noronha, Menezes, Pinto, Dias, Lobo, Coutinho, D'Mello, Furtado, Colaco, Colaço, Cardozo, Vaz, Mascarenhas, Sequeira, Rebello, Miranda, de Souza, da Costa, Afonso, Fonseca, Carvalho, Gonsalves, Gonçalves, Monteiro, Braganza, Quadros, Figueiredo, Saldanha, Barreto, Almeida, Tavares, Cotta, Silveira, Faleiro, Azavedo"),
             ["IN", "IN", "AE", "QA"], 0.0, ["baab", "bai", "sir", "madam"]),
    "parsi": (_w("Cyrus, Zubin, Farokh, Jamshed, Perizaad, Shernaz, Dinshaw, Rustom, Behram, Freny, Khushroo, Zenobia, Dilnavaz, Hormazd, Kainaz, Navroz, Darius, Meher, Shireen, Farhad, Porus, Yezdi, Aspi, Delnaz, Zarine, Burjor, Tehmina, Homi, Nariman, Jehangir, Armaity, Vispi, Bapsi, Pheroze, Zarir, Mahrukh, Firoza, Kersi, Noshir, Shiraz"),
              _w("Tata, Wadia, Godrej, Mistry, Daruwalla, Batliwala, Contractor, Engineer, Doctor, Irani, Bharucha, Kapadia, Dastur, Bhabha, Poonawalla, Readymoney, Jeejeebhoy, Petit, Cama, Dadabhoy, Vakil, Gandhy, Khambatta, Karanjia, Pavri, Marshall, Commissariat, Bilimoria, Sethna, Tarapore, Mehta, Dhalla, Variava, Kotwal, Avari, Sidhwa, Printer, Merchant, Screwvala, Munshi"),
              ["IN", "IN", "AE"], 0.0, ["bawaji", "sir", "madam"]),
}
NICKS = _w("Pinky, Bunty, Babloo, Guddu, Munni, Chintu, Tinku, Sonu, Monu, Pappu, Bittu, Dolly, Happy, Rinku, Bubai, Tuktuki, Mithu, Raju, Kuttan, Ammu, Unni, Chotu, Laddoo, Golu, Nikki, Tuhin, Baby, Bablu, Jimmy, Rocky, Tony, Mintu, Pintu, Dimpy, Sweety, Kukku, Appu, Chinnu, Shanu, Kaku")
TITLES = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Dr", "Dr.", "Shri", "Smt."]
TITLES_PK_GULF = ["Mr", "Mrs", "Ms", "Dr", "Sheikh", "Syed"]

# ------------------------------------------------------------------ o pools
BANKS = {"IN": _w("HDFC Bank, ICICI, SBI, Axis Bank, Kotak, Yes Bank, IDFC First, Federal Bank, Canara Bank, Bank of Baroda, IndusInd, PNB"),
         "PK": _w("HBL, Meezan Bank, UBL, MCB, Bank Alfalah, Allied Bank, Faysal Bank, Standard Chartered"),
         "BD": _w("BRAC Bank, Dutch-Bangla Bank, City Bank, Islami Bank, Sonali Bank, EBL"),
         "LK": _w("Commercial Bank, Sampath Bank, HNB, BOC, People's Bank, NDB"),
         "NP": _w("Nabil Bank, NIC Asia, Global IME, Himalayan Bank, Everest Bank"),
         "AE": _w("Emirates NBD, ADCB, Mashreq, FAB, Dubai Islamic Bank, RAKBANK, ENBD"),
         "SA": _w("Al Rajhi Bank, SNB, Riyad Bank, SABB"), "QA": _w("QNB, Doha Bank, CBQ"),
         "OM": _w("Bank Muscat, NBO, Sohar International")}
TELCOS = {"IN": _w("Jio, Airtel, Vi, BSNL, JioFiber, Airtel Xstream, Tata Play"),
          "PK": _w("Jazz, Zong, Telenor, Ufone, PTCL, Nayatel, StormFiber"),
          "BD": _w("Grameenphone, GP, Robi, Banglalink, Teletalk, Airtel BD"),
          "LK": _w("Dialog, Mobitel, SLT, Hutch, Airtel LK"),
          "NP": _w("Ncell, Nepal Telecom, NTC, Worldlink, Vianet"),
          "AE": _w("Etisalat, e&, du, Virgin Mobile UAE"), "SA": _w("STC, Mobily, Zain"),
          "QA": _w("Ooredoo, Vodafone Qatar"), "OM": _w("Omantel, Ooredoo Oman")}
RIDES = {"IN": _w("Ola, Uber, Rapido, BluSmart, Namma Yatri"), "PK": _w("Careem, Bykea, inDrive, Yango"),
         "BD": _w("Pathao, Uber, Obhai"), "LK": _w("PickMe, Uber, Kangaroo Cabs"), "NP": _w("Pathao, inDrive, Tootle"),
         "AE": _w("Careem, Uber, Hala Taxi, RTA Taxi"), "SA": _w("Careem, Jeeny, Uber"), "QA": _w("Karwa, Uber"), "OM": _w("Otaxi, Careem")}
SHOPS = {"IN": _w("Flipkart, Amazon.in, Myntra, Meesho, Nykaa, Ajio, Tata CLiQ, Croma, Reliance Digital, JioMart, FirstCry, Lenskart"),
         "PK": _w("Daraz, Khaadi, Sapphire, Gul Ahmed, J."), "BD": _w("Daraz BD, Chaldal, Rokomari, Evaly, Pickaboo"),
         "LK": _w("Daraz.lk, Kapruka, Abans, Singer"), "NP": _w("Daraz Nepal, Sastodeal, Bhatbhateni Online"),
         "AE": _w("Noon, Amazon.ae, Namshi, Sharaf DG, Carrefour, Lulu Hypermarket"), "SA": _w("Noon, Jarir, Extra"),
         "QA": _w("Lulu Hypermarket, Carrefour Qatar"), "OM": _w("Lulu Hypermarket, Noon")}
FOODS = {"IN": _w("Swiggy, Zomato, Blinkit, Zepto, BigBasket, Swiggy Instamart, Dunzo"), "PK": _w("foodpanda, Cheetay, Krave Mart"),
         "BD": _w("foodpanda, Foodi, Pathao Food"), "LK": _w("Uber Eats, PickMe Food"), "NP": _w("Foodmandu, Bhojdeals"),
         "AE": _w("Talabat, Deliveroo, Noon Food, Careem Quik"), "SA": _w("HungerStation, Jahez"), "QA": _w("Talabat, Snoonu"), "OM": _w("Talabat")}
PAYS = {"IN": _w("Paytm, PhonePe, Google Pay, GPay, BHIM, Amazon Pay, CRED, MobiKwik"), "PK": _w("JazzCash, Easypaisa, SadaPay, NayaPay, Raast"),
        "BD": _w("bKash, Nagad, Rocket, Upay"), "LK": _w("FriMi, Genie, LankaQR"), "NP": _w("eSewa, Khalti, IME Pay, Fonepay"),
        "AE": _w("Apple Pay, Samsung Pay, PayBy, e& money"), "SA": _w("STC Pay, Mada, urpay"), "QA": _w("Ooredoo Money, QPay"), "OM": _w("Thawani, OmanNet")}
CITIES = {"IN": _w("Mumbai, Delhi, New Delhi, Bengaluru, Bangalore, Chennai, Hyderabad, Kolkata, Pune, Ahmedabad, Lucknow, Jaipur, Kochi, Bhubaneswar, Chandigarh, Surat, Indore, Nagpur, Coimbatore, Mysuru, Thiruvananthapuram, Panaji, Ludhiana, Amritsar, Patna, Noida, Gurugram, Vijayawada, Mangaluru, Cuttack, Vadodara, Nashik, Thane, Margao"),
          "PK": _w("Karachi, Lahore, Islamabad, Rawalpindi, Peshawar, Quetta, Hyderabad, Multan, Faisalabad, Gwadar, Sukkur, Mardan, Turbat"),
          "BD": _w("Dhaka, Chattogram, Chittagong, Sylhet, Khulna, Rajshahi, Gazipur, Narayanganj, Cumilla"),
          "LK": _w("Colombo, Kandy, Galle, Jaffna, Negombo, Matara, Kurunegala, Batticaloa, Dehiwala, Nugegoda"),
          "NP": _w("Kathmandu, Lalitpur, Pokhara, Bhaktapur, Biratnagar, Dharan, Butwal, Chitwan"),
          "AE": _w("Dubai, Sharjah, Abu Dhabi, Ajman, Al Ain, Ras Al Khaimah, Fujairah"), "SA": _w("Riyadh, Jeddah, Dammam, Khobar"),
          "QA": _w("Doha, Al Wakrah, Lusail"), "OM": _w("Muscat, Salalah, Sohar")}
MALLS = {"IN": _w("Phoenix Marketcity, Select Citywalk, Lulu Mall, Inorbit, DLF Mall of India, Orion Mall, Forum Mall, Express Avenue, Ambience Mall, Nexus Mall, Sarath City Capital Mall"),
         "PK": _w("Dolmen Mall, Emporium Mall, Packages Mall, Centaurus, Lucky One Mall, Liberty Market"),
         "BD": _w("Jamuna Future Park, Bashundhara City, Police Plaza, Sanmar Ocean City"),
         "LK": _w("One Galle Face, Colombo City Centre, Havelock City Mall, Liberty Plaza, Majestic City"),
         "NP": _w("Labim Mall, Civil Mall, City Centre, Bhatbhateni"),
         "AE": _w("Dubai Mall, Mall of the Emirates, Deira City Centre, Yas Mall, Sahara Centre, Ibn Battuta Mall, Al Wahda Mall"),
         "SA": _w("Riyadh Park, Red Sea Mall, Kingdom Centre"), "QA": _w("Villaggio, Doha Festival City, Mall of Qatar"), "OM": _w("Muscat Grand Mall, Oman Avenues Mall")}
AIRPORTS = _w("BOM, DEL, BLR, MAA, HYD, CCU, COK, GOI, AMD, KHI, LHE, ISB, PEW, DAC, CGP, CMB, KTM, DXB, AUH, SHJ, DOH, MCT, RUH, JED, Kempegowda airport, Jinnah International, Shahjalal airport, Bandaranaike airport, Tribhuvan airport, Allama Iqbal airport, CSMIA T2, IGI T3")
STATIONS = _w("CSMT, Dadar, Howrah, Sealdah, New Delhi stn, Anand Vihar, Rajiv Chowk metro, MG Road metro, Majestic, Chennai Central, Secunderabad, Kamalapur station, Fort station, Karachi Cantt, Lahore Junction, Union Station Dubai, Burjuman metro, Noor Bank metro")
PLACES = _w("Andheri, Bandra, Powai, Koramangala, Whitefield, HSR Layout, Gachibowli, Salt Lake, Velachery, Karol Bagh, Chandni Chowk, Sarojini Nagar, Lajpat Nagar, Meena Bazaar, Anarkali, Saddar, Clifton, Gulberg, Blue Area, Dhanmondi, Gulshan, Mirpur, Uttara, Pettah, Thamel, Lakeside, Deira, Bur Dubai, Karama, Al Nahda, JLT, Business Bay, Al Barsha, Muwaileh, Sheikh Zayed Road, Marine Drive, Connaught Place, Electronic City, Hitech City, Kempapura, Sarjapur Road, Tilak Nagar, Nehru Place, Indira Nagar, Jayanagar")
TEAMS = _w("Billing Ops, Tier 2, Tier 1, Retentions, Fraud Desk, KYC team, Cards Ops, L2 Tech, Escalations, Trust & Safety, Last Mile, Seller Support, Driver Ops, Payments Recon, Chargeback team, NOC, Field Force, Priority Desk, Social Care, Collections, Porting Desk, Claims, Backoffice, Hub Ops")
DAYS = _w("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, mon, tue, wed, thu, fri, sat, sun, tmrw, today, kal, parso")
MONTHS = _w("January, February, March, April, May, June, July, August, September, October, November, December, Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sept, Oct, Nov, Dec")
FESTIVALS = _w("Diwali, Eid, Eid ul Adha, Holi, Ramadan, Navratri, Durga Puja, Onam, Pongal, Dashain, Tihar, Avurudu, Vesak, Christmas, Big Billion Days, Great Indian Festival, Black Friday, White Friday, 11.11, DSF")
PRODUCTS = _w("iPhone 15, Galaxy S24, Redmi Note 13, OnePlus Nord CE4, Vivo V30, Oppo Reno 11, realme 12 Pro, boAt Airdopes 141, Noise ColorFit, Mi TV 5X, LG 1.5 ton AC, Samsung fridge, Prestige cooker, Philips trimmer, Bajaj mixer, Godrej almirah, Titan watch, Fastrack watch, Puma shoes, Levi's jeans, kurta set, lehenga, saree, JioPhone Next, Airtel Xstream box, Tata Play set top box, Havells fan, Dell Inspiron 15, HP Victus, Lenovo IdeaPad, PS5, Kindle, Mahindra Thar model, Haldiram's combo, Amul ghee 1L, Himalaya face wash")
MODELS = _w("SM-A546E, RMX3761, CPH2527, 2201117TI, A2848, V2250, M2101K6I, ZTE MF927U, Huawei B311, TP-Link Archer C6, JioFi JMR1040, Nokia G42, XR500, Honor X9b, Tecno Spark 20, Infinix Hot 40, itel A70")
PLANS = _w("Rs 299 plan, 2GB/day pack, unlimited 5G, postpaid 599, Airtel Black, Jio 999 pack, JioFiber 100 Mbps, Vi Max 401, Jazz Super Duper, Zong Monthly Premium, GP 30GB bundle, Dialog Blaster, Ncell data pack, du Power Plan, Etisalat Freedom, STC Sawa, Ooredoo Shahry, Omantel Baqati")
ISSUES = _w("refund delay, double debit, otp not received, sim not working, no network, slow internet, wrong item delivered, late delivery, driver no show, fare dispute, card blocked, emi conversion, kyc pending, wallet balance missing, port out request, recharge failed, damaged parcel, promo code not applied, account locked, chargeback, cashback not credited, loan foreclosure, cheque bounce, router red light, bill shock, roaming not working, esim activation")
COUNTRIES = _w("Saudi, KSA, Qatar, Oman, Kuwait, Bahrain, UAE, India, Pakistan, Nepal, Sri Lanka, Bangladesh, Thailand, Singapore, Malaysia, UK, Canada, Georgia, Azerbaijan, Maldives")
HIN = _w("bhai, ji, acha, accha, theek hai, thik hai, jaldi, haan ji, nahi, yaar, arre, bas, abhi, kal, shukriya, dhanyavad, inshallah, mashallah, habibi, yalla, khalas, ok ji, hogaya, ho gaya, koi baat nahi, samajh gaye, ekdum, thik ache, dhonnobad, bhalo, aacha sir, ji sir, sahi hai, chalo, ayubowan, dhanyabad, hajur")
NBFC = _w("Muthoot Finance, Manappuram, Bajaj Finserv, Tata Capital, Mahindra Finance, Shriram Finance, Kalyan Jewellers, Joyalukkas, Malabar Gold, Alapatt Jewellers, Chemmanur Jewellers")
EXCH = _w("Al Ansari Exchange, LuLu Exchange, Western Union, Al Fardan Exchange, Joyalukkas Exchange, Wise")
CUR = {"IN": ["Rs {}", "Rs. {}", "\u20b9{}", "INR {}", "{} rs", "{}/-"], "PK": ["Rs {}", "PKR {}", "Rs. {}"],
       "BD": ["Tk {}", "BDT {}", "{} taka", "\u09f3{}"], "LK": ["LKR {}", "Rs {}"], "NP": ["NPR {}", "Rs {}"],
       "AE": ["AED {}", "{} dhs", "{} dirhams"], "SA": ["SAR {}", "{} riyal"], "QA": ["QAR {}", "{} riyals"], "OM": ["OMR {}", "{} baisa"]}
EMAIL_DOM = {"IN": _w("gmail.com, gmail.com, gmail.com, yahoo.co.in, rediffmail.com, outlook.com, hotmail.com, icloud.com"),
             "PK": _w("gmail.com, gmail.com, yahoo.com, hotmail.com, outlook.com"),
             "BD": _w("gmail.com, gmail.com, yahoo.com, outlook.com"), "LK": _w("gmail.com, gmail.com, yahoo.com, sltnet.lk"),
             "NP": _w("gmail.com, gmail.com, yahoo.com, outlook.com"), "AE": _w("gmail.com, hotmail.com, outlook.com, eim.ae, yahoo.com"),
             "SA": _w("gmail.com, hotmail.com, outlook.sa"), "QA": _w("gmail.com, hotmail.com, qatar.net.qa"), "OM": _w("gmail.com, omantel.net.om")}


# ------------------------------------------------------------------ helpers
def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_SPLIT = re.compile(r"[ \-'.\u2019]+")


def _name_ok(text, listed):
    return all((not w) or _fold(w) not in listed for w in _SPLIT.split(text))


def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn_complete(prefix):
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def _iban(r, cc):
    if cc == "PK":
        bban = r.choice(["SCBL", "HABB", "MEZN", "UNIL", "ALFH", "MUCB"]) + _digits(r, 16)
    elif cc == "SA":
        bban = r.choice(["80", "10", "20", "45"]) + _digits(r, 18)
    elif cc == "QA":
        bban = r.choice(["QNBA", "DOHB", "CBQA"]) + _digits(r, 21)
    elif cc == "OM":
        bban = r.choice(["018", "027"]) + _digits(r, 16)
    else:
        cc = "AE"
        bban = r.choice(["033", "026", "035", "030", "046"]) + _digits(r, 16)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    if r.random() < 0.4:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


class Person:
    def __init__(self, culture, given, family, country, nick, r):
        self.culture, self.given, self.family, self.country, self.nick = culture, given, family, country, nick
        self.ff = r.random() < CULTURES[culture][3]
        self.honor = r.choice(CULTURES[culture][4])


# ------------------------------------------------------------- the generator
class _Gen:
    def __init__(self, listed):
        self.r = random.Random(SEED)
        self.listed = listed
        self.pools = {}
        for c, (g, f, *_rest) in CULTURES.items():
            gg = [x for x in g if _name_ok(x, listed)]
            ff = [x for x in f if _name_ok(x, listed)]
            if gg and ff:
                self.pools[c] = (gg, ff)
        if not self.pools:
            raise RuntimeError("every name in the pools is listed")
        self.nicks = [x for x in NICKS if _name_ok(x, listed)] or None
        self.cultures = sorted(self.pools)

    # ---- people
    def person(self, culture=None, country=None):
        r = self.r
        c = culture if culture in self.pools else r.choice(self.cultures)
        gg, ff = self.pools[c]
        cty = country or r.choice(CULTURES[c][2])
        nick = r.choice(self.nicks) if self.nicks else None
        return Person(c, r.choice(gg), r.choice(ff), cty, nick, r)

    # ---- o fillers
    def amt(self, cc):
        r = self.r
        if cc in ("AE", "SA", "QA", "OM"):
            v = r.choice([r.randint(5, 99), r.randint(100, 2500), r.randint(10, 300)])
            v = f"{v}" if r.random() < 0.7 else f"{v}.{r.randint(0, 99):02d}"
        else:
            v = r.choice([r.randint(10, 999), r.randint(1000, 99999), r.randint(100, 5000)])
            v = f"{v:,}" if r.random() < 0.5 else str(v)
        return r.choice(CUR[cc]).format(v)

    def time(self):
        r = self.r
        h = r.randint(1, 12)
        return r.choice([f"{h}pm", f"{h} pm", f"{h}:{r.choice(['00', '15', '30', '45'])}", f"{r.randint(8, 22):02d}:{r.choice(['00', '30', '10', '45'])}",
                         f"{h}am", f"{h} baje", "noon", "eod"])

    def cdate(self):
        r = self.r
        d = r.randint(1, 28)
        return r.choice([f"{d} {r.choice(MONTHS)}", f"{d}/{r.randint(1, 12)}", f"{r.choice(MONTHS)} {d}", f"{d:02d}-{r.randint(1, 12):02d}-2024", f"{d}th"])

    # ---- personal data
    def phone(self, cc):
        r = self.r
        if cc == "IN":
            m = r.choice("6789") + _digits(r, 9)
            return r.choice([f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"0{m}", f"{m[:5]} {m[5:]}", m, f"+91{m}", f"91{m}",
                             f"0{r.choice(['80', '22', '44', '40', '33'])}-{_digits(r, 4)} {_digits(r, 4)}"])
        if cc == "PK":
            op = r.choice(["300", "301", "321", "333", "345", "312", "303", "311"])
            s = _digits(r, 7)
            return r.choice([f"+92 {op} {s}", f"0{op}-{s}", f"0{op}{s}", f"+92-{op}-{s}", f"+92{op}{s}", f"042-{_digits(r, 8)}", f"021 {_digits(r, 8)}"])
        if cc == "BD":
            op = r.choice(["17", "18", "19", "16", "15", "13"]) + _digits(r, 2)
            s = _digits(r, 6)
            return r.choice([f"+880 1{op[:3]}-{op[3:]}{s}", f"01{op}{s}", f"+8801{op}{s}", f"01{op}-{s}", f"01{op[:2]} {op[2:]}{s[:2]} {s[2:]}"])
        if cc == "LK":
            op = r.choice(["77", "76", "71", "70", "72", "75", "78"])
            s = _digits(r, 7)
            return r.choice([f"+94 {op} {s[:3]} {s[3:]}", f"0{op}{s}", f"0{op}-{s[:3]}-{s[3:]}", f"+94{op}{s}", f"011 {_digits(r, 7)}"])
        if cc == "NP":
            m = r.choice(["984", "985", "986", "980", "981", "982"]) + _digits(r, 7)
            return r.choice([f"+977 {m}", f"+977-{m}", m, f"01-{_digits(r, 7)}", f"{m[:3]}-{m[3:]}"])
        if cc == "SA":
            m = "5" + r.choice("0345689") + _digits(r, 7)
            return r.choice([f"+966 {m[:2]} {m[2:5]} {m[5:]}", f"0{m}", f"+966{m}"])
        if cc == "QA":
            m = r.choice("3567") + _digits(r, 7)
            return r.choice([f"+974 {m[:4]} {m[4:]}", m, f"+974{m}"])
        if cc == "OM":
            m = r.choice("97") + _digits(r, 7)
            return r.choice([f"+968 {m[:4]} {m[4:]}", m, f"00968{m}"])
        op = r.choice(["50", "52", "54", "55", "56", "58"])
        s = _digits(r, 7)
        return r.choice([f"+971 {op} {s[:3]} {s[3:]}", f"0{op} {s[:3]} {s[3:]}", f"0{op}{s}", f"+971-{op}-{s}", f"00971{op}{s}",
                         f"04 {_digits(r, 3)} {_digits(r, 4)}", f"+971{op}{s}"])

    def email(self, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", _fold(p.given.split()[0]))
        f = re.sub(r"[^a-z]", "", _fold(p.family))
        n = r.choice(["", str(r.randint(1, 99)), str(r.randint(1960, 2005)), str(r.randint(100, 999))])
        user = r.choice([f"{g}.{f}", f"{g}{f}{n}", f"{g}_{f}", f"{g[0]}{f}{n}", f"{g}{n}", f"{f}.{g}", f"{g}.{f[0]}{n}", f"{g}{f[:3]}{n}"])
        return f"{user}@{r.choice(EMAIL_DOM[p.country])}"

    def card_full(self):
        r = self.r
        pre = r.choice(["4", "5", "60", "65", "4", "5"])
        num = _luhn_complete(pre + _digits(r, 15 - len(pre)))
        return r.choice([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num, "-".join(num[i:i + 4] for i in range(0, 16, 4))])

    def natid(self, cc):
        """returns (cue, id) for the country"""
        r = self.r
        if cc == "IN":
            k = r.randint(0, 5)
            if k <= 1:
                a = r.choice("23456789") + _digits(r, 11)
                return r.choice(["aadhaar ", "Aadhaar no ", "aadhar ", "UID ", "adhar no. "]), r.choice([f"{a[:4]} {a[4:8]} {a[8:]}", a, f"{a[:4]}-{a[4:8]}-{a[8:]}"])
            if k <= 3:
                L = "ABCDEFGHJKLMNPRSTUVWXYZ"
                pan = "".join(r.choice(L) for _ in range(3)) + "P" + r.choice(L) + _digits(r, 4) + r.choice(L)
                return r.choice(["PAN ", "pan no ", "PAN: "]), pan
            if k == 4:
                return r.choice(["voter id ", "EPIC no "]), "".join(r.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(3)) + _digits(r, 7)
            return r.choice(["DL no ", "licence "]), f"{r.choice(['MH12', 'KA05', 'DL03', 'TN09', 'GJ01', 'KL07', 'TS09'])} {r.randint(2005, 2022)}{_digits(r, 7)}"
        if cc == "PK":
            c = f"{r.choice(['35202', '42101', '17301', '61101', '54400', '37405', '42201'])}-{_digits(r, 7)}-{r.randint(1, 9)}"
            return r.choice(["CNIC ", "cnic# ", "NIC ", "id card "]), r.choice([c, c.replace("-", "")])
        if cc == "BD":
            return r.choice(["NID ", "nid no ", "NID: "]), r.choice([_digits(r, 10), r.choice(["1985", "1990", "1978", "1996"]) + _digits(r, 13)])
        if cc == "LK":
            yy = r.randint(55, 99)
            return r.choice(["NIC ", "nic no ", "NIC: "]), r.choice([f"{yy}{_digits(r, 7)}{r.choice('VvX')}", f"19{yy}{_digits(r, 8)}", f"200{r.randint(0, 4)}{_digits(r, 8)}"])
        if cc == "NP":
            return r.choice(["citizenship no ", "nagarikta no ", "citizenship "]), f"{r.randint(1, 75):02d}-{r.randint(1, 3):02d}-{r.randint(60, 80)}-{_digits(r, 5)}"
        if cc == "SA":
            return r.choice(["iqama ", "Iqama no ", "national id "]), r.choice("12") + _digits(r, 9)
        if cc == "QA":
            return r.choice(["QID ", "qatar id "]), r.choice("23") + _digits(r, 10)
        if cc == "OM":
            return r.choice(["civil id ", "resident card "]), _digits(r, 8)
        e = f"784-{r.randint(1960, 2003)}-{_digits(r, 7)}-{r.randint(0, 9)}"
        return r.choice(["EID ", "Emirates ID ", "emirates id no "]), r.choice([e, e.replace("-", "")])

    def passport(self):
        r = self.r
        return r.choice("JKLMNPRSTUVZ") + _digits(r, 7) if r.random() < 0.6 else r.choice(["AB", "BN", "CK", "EJ"]) + _digits(r, 7)

    def vehicle(self, cc):
        r = self.r
        if cc == "IN":
            st = r.choice(["MH", "KA", "DL", "TN", "TS", "GJ", "KL", "UP", "WB", "OD", "PB", "HR", "GA"])
            a, b, c, d = st, f"{r.randint(1, 50):02d}", "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2]))), _digits(r, 4)
            return r.choice([f"{a} {b} {c} {d}", f"{a}{b}{c}{d}", f"{a}-{b}-{c}-{d}"])
        if cc == "PK":
            return r.choice([f"{r.choice(['LEA', 'LEB', 'LEC', 'LED', 'ICT', 'RIM', 'PSH'])}-{_digits(r, 4)}", f"{r.choice(['BKN', 'AAR', 'BSL', 'KYC'])}-{_digits(r, 3)}"])
        if cc == "BD":
            return f"Dhaka Metro {r.choice(['Ga', 'Kha', 'Ha', 'Cha'])} {r.randint(11, 45)}-{_digits(r, 4)}"
        if cc == "LK":
            return f"{r.choice(['CAB', 'CAR', 'KX', 'WP CAA', 'BHK', 'QL'])}-{_digits(r, 4)}"
        if cc == "NP":
            return f"Ba {r.randint(1, 9)} Pa {_digits(r, 4)}"
        return f"{r.choice(['Dubai', 'DXB', 'AD', 'SHJ'])} {r.choice('ABCDEFGHIJKLMNOPQRS')} {_digits(r, 5)}"

    def order(self, cc):
        r = self.r
        k = r.randint(0, 9)
        if k == 0 and cc == "IN":
            return "OD" + _digits(r, 18)
        if k == 1:
            return f"{r.randint(402, 408)}-{_digits(r, 7)}-{_digits(r, 7)}"
        if k == 2:
            return f"#{_digits(r, r.choice([8, 9, 10]))}"
        if k == 3:
            return f"ORD-{_digits(r, 6)}"
        if k == 4:
            return f"{r.choice(['FMPC', 'FMPP', 'SF', 'AWB'])}{_digits(r, 10)}"
        if k == 5:
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
        return _digits(r, r.choice([9, 10, 12, 15]))

    def ticket(self):
        r = self.r
        return r.choice([f"TKT-{_digits(r, 5)}", f"SR{_digits(r, 8)}", f"#{_digits(r, 6)}", f"INC{_digits(r, 7)}", f"CMP/{r.randint(2023, 2024)}/{_digits(r, 5)}",
                         f"{_digits(r, 7)}", f"CS-{_digits(r, 4)}-{_digits(r, 3)}", f"1-{_digits(r, 9)}"])

    def acct(self, cc):
        r = self.r
        if cc == "IN":
            return r.choice([_digits(r, 14), _digits(r, 11), _digits(r, 12), f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}", _digits(r, 10)])
        return r.choice([_digits(r, 13), _digits(r, 10), f"{_digits(r, 4)}-{_digits(r, 6)}-{_digits(r, 3)}", _digits(r, 16)])

    def upi(self, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", _fold(p.given.split()[0]))
        f = re.sub(r"[^a-z]", "", _fold(p.family))
        user = r.choice([f"{g}{f}", f"{g}.{f}", f"{g}{r.randint(1, 999)}", "9" + _digits(r, 9), f"{g}{f[:1]}{r.randint(10, 99)}"])
        return user + "@" + r.choice(["okhdfcbank", "okaxis", "oksbi", "okicici", "ybl", "paytm", "ibl", "axl", "upi", "apl"])

    def ifsc(self):
        r = self.r
        return r.choice(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "FDRL", "CNRB", "PUNB", "BARB", "YESB"]) + "0" + _digits(r, 6)

    def pnr(self):
        r = self.r
        return _digits(r, 10) if r.random() < 0.5 else "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def ip(self):
        r = self.r
        if r.random() < 0.15:
            return f"2409:40{r.randint(10, 99)}:{r.randint(1000, 9999):x}:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"
        a = r.choice([103, 49, 157, 182, 117, 39, 111, 203, 5, 94, 86, 27, 115, 124, 223, 42])
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def url(self, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", _fold(p.given.split()[0]))
        f = re.sub(r"[^a-z]", "", _fold(p.family))
        slug = r.choice([f"{g}-{f}", f"{g}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{g}-{f}-{_digits(r, 3)}{r.choice('abcdef')}"])
        return r.choice([f"linkedin.com/in/{slug}", f"https://www.linkedin.com/in/{slug}/", f"facebook.com/{slug.replace('-', '.')}",
                         f"instagram.com/{slug.replace('-', '_')}", f"https://wa.me/{_digits(r, 12)}", f"{g}{f}.blogspot.com", f"https://x.com/{g}_{f}"])

    def handle(self, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", _fold(p.given.split()[0]))
        f = re.sub(r"[^a-z]", "", _fold(p.family))
        return "@" + r.choice([f"{g}_{f}", f"{g}{f}", f"{g}{r.randint(1, 999)}", f"the_{g}", f"{g}.{f[:4]}", f"{f}{g[:1]}_{r.randint(10, 99)}"])

    def dob(self, cc):
        r = self.r
        y = r.randint(1948, 2005)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        mon = MONTHS[m - 1]
        ab = mon[:3]
        sfx = "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d]
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {ab.lower()} {str(y)[2:]}", f"{y}-{m:02d}-{d:02d}",
                 f"{d}{sfx} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{str(y)[2:]}", f"{d} {ab} {y}", f"{d:02d}{ab.upper()}{y}"]
        if cc == "NP" and r.random() < 0.4:
            return f"{y + 57}-{m:02d}-{d:02d} BS"
        return r.choice(forms)

    def postcode(self, cc, city):
        r = self.r
        if cc == "IN":
            first = {"Mumbai": "400", "Thane": "400", "Delhi": "110", "New Delhi": "110", "Bengaluru": "560", "Bangalore": "560", "Chennai": "600",
                     "Hyderabad": "500", "Kolkata": "700", "Pune": "411", "Kochi": "682"}.get(city, r.choice(["226", "302", "751", "160", "395", "452", "440", "641", "570", "695", "403", "141", "143", "800", "201", "122", "520", "575", "753", "390", "422"]))
            s = first + _digits(r, 3)
            return s if r.random() < 0.8 else f"{s[:3]} {s[3:]}"
        if cc == "PK":
            return r.choice(["54000", "75500", "44000", "25000", "87300", "74200", "54792", "46000", "38000", "60000"])[:3] + _digits(r, 2)
        if cc == "BD":
            return str(r.randint(1000, 1230) if r.random() < 0.6 else r.randint(3100, 9400))
        if cc == "LK":
            return r.choice(["00", "10", "20", "40", "80"]) + _digits(r, 3)
        if cc == "NP":
            return r.choice(["44600", "44700", "33700", "56613", "44800", "32900"])
        if cc == "SA":
            return r.choice(["1", "2", "3"]) + _digits(r, 4)
        return None

    def address(self, cc):
        """returns list of parts: address [, ~ city] [, postcode]"""
        r = self.r
        city = r.choice(CITIES[cc])
        if cc == "IN":
            bldg = r.choice(["Sai Krupa Apts", "Shanti Niketan", "Prestige Lakeside", "Sobha Dream Acres", "Green Park Society", "Lodha Palava", "Hiranandani Gardens", "Raheja Vihar", "Om Sai CHS", "Ganga Heights", "DLF Phase 3", "Mantri Espana", "My Home Avatar"])
            road = r.choice(["14th Cross", "2nd Main", "MG Road", "SV Road", "Linking Road", "Anna Salai", "100 Feet Road", "Station Road", "Nehru Nagar", "Gandhi Marg", "Tilak Road", "FC Road", "LBS Marg", "Sector 62", "Sector 21", "Bannerghatta Road", "Old Madras Road", "Banjara Hills Road No 12", "Kakkanad"])
            n = r.randint(1, 1204)
            addr = r.choice([f"Flat {n}, {bldg}, {road}", f"#{r.randint(1, 999)}, {road}", f"H.No. {r.randint(1, 20)}-{r.randint(1, 9)}-{r.randint(10, 999)}, {road}",
                             f"{r.choice('ABCDEFG')}-{r.randint(101, 1504)}, {bldg}", f"Plot {r.randint(1, 300)}, {road}", f"{r.randint(1, 99)}/{r.randint(1, 9)}, {road}",
                             f"flat no {n} {bldg.lower()} {road.lower()}", f"Room {r.randint(1, 40)}, {r.choice(['Chawl No 3', 'Ambedkar Nagar', 'Shivaji Nagar'])}"])
        elif cc == "PK":
            addr = r.choice([f"House {r.randint(1, 999)}, Street {r.randint(1, 60)}, {r.choice(['F-10/2', 'G-11/3', 'I-8/4', 'E-7', 'G-9/1'])}",
                             f"Flat {r.randint(1, 30)}, Block {r.randint(1, 19)}-{r.choice('ABCD')}, Gulshan-e-Iqbal", f"House {r.randint(1, 300)}-{r.choice('ABC')}, DHA Phase {r.randint(1, 8)}",
                             f"Plot {r.randint(1, 400)}, {r.choice(['Model Town', 'Johar Town', 'Bahria Town', 'Hayatabad Phase 3', 'Satellite Town'])}", f"h# {r.randint(1, 99)} st {r.randint(1, 40)} {r.choice(['gulberg 3', 'cantt', 'north nazimabad block h'])}"])
        elif cc == "BD":
            addr = r.choice([f"House {r.randint(1, 120)}, Road {r.randint(1, 32)}, {r.choice(['Dhanmondi', 'Banani', 'Gulshan 2', 'Mirpur 10', 'Bashundhara R/A'])}",
                             f"Flat {r.randint(1, 9)}{r.choice('ABCD')}, House {r.randint(1, 99)}, Road {r.randint(1, 20)}, {r.choice(['Uttara Sector 7', 'Mohammadpur', 'Banani DOHS'])}",
                             f"Holding {r.randint(1, 300)}, {r.choice(['Agrabad', 'Nasirabad', 'Zindabazar', 'Khulshi'])}"])
        elif cc == "LK":
            addr = r.choice([f"No. {r.randint(1, 400)}, {r.choice(['Galle Road', 'Kandy Road', 'Temple Lane', 'Duplication Road', 'Baseline Road', 'Hospital Road'])}",
                             f"{r.randint(1, 200)}/{r.randint(1, 9)}, {r.choice(['Station Road', 'Lake Drive', 'Perera Mawatha', 'KKS Road'])}", f"No {r.randint(1, 99)}/{r.choice('ABC')}, {r.choice(['Flower Road', 'Nawala Road', 'High Level Road'])}"])
        elif cc == "NP":
            addr = r.choice([f"Ward No. {r.randint(1, 32)}, {r.choice(['Baluwatar', 'Baneshwor', 'Koteshwor', 'Jhamsikhel', 'Lakeside'])}", f"House {r.randint(1, 400)}, {r.choice(['Jhamsikhel Marga', 'Tokha Road', 'Bishal Nagar Marg'])}"])
        elif cc in ("AE", "QA", "OM"):
            addr = r.choice([f"Villa {r.randint(1, 99)}, Street {r.randint(1, 40)}, {r.choice(['Al Barsha 2', 'Mirdif', 'Al Warqa 1', 'Jumeirah 3', 'Khalifa City A'])}",
                             f"Apt {r.randint(101, 3405)}, {r.choice(['Marina Heights Tower', 'Al Nahda Bldg 2', 'Burj Views B', 'Lake Terrace', 'Al Khor Tower 4'])}",
                             f"Flat {r.randint(1, 900)}, {r.choice(['Al Ghurair Bldg', 'Rolla Street', 'Karama Block B', 'Musaffah M-9', 'Al Majaz 3'])}",
                             f"flat {r.randint(1, 900)} {r.choice(['al qusais 2', 'international city england cluster', 'bur dubai meena bazaar bldg', 'muwaileh commercial'])}",
                             f"P.O. Box {r.randint(1000, 99999)}"])
        else:
            addr = f"Building {r.randint(1000, 9999)}, {r.choice(['King Fahd Rd', 'Olaya St', 'Prince Sultan St', 'Tahlia St'])}, {r.choice(['Al Olaya', 'Al Malaz', 'Al Rawdah'])}"
        parts = [(addr, "address")]
        style = r.random()
        pc = self.postcode(cc, city)
        if style < 0.75:
            parts += [(r.choice([", ", " ", ", "]), "o"), (city, "~")]
            if pc and r.random() < 0.7:
                parts += [(r.choice([" - ", " ", ", ", " PIN " if cc == "IN" else " "]), "o"), (pc, "postcode")]
        return parts

    def bankdet(self, p):
        r = self.r
        cc = p.country
        if cc in ("PK", "AE", "SA", "QA", "OM"):
            return [(r.choice(["IBAN ", "iban ", "IBAN: ", "iban no "]), "o"), (_iban(r, cc), "iban")]
        if cc == "IN":
            return [(r.choice(["a/c ", "acc no ", "A/C "]), "o"), (self.acct(cc), "id"), (r.choice([" ifsc ", " IFSC ", ", IFSC: "]), "o"), (self.ifsc(), "id")]
        return [(r.choice(["a/c ", "acct ", "account no "]), "o"), (self.acct(cc), "id")]

    # ---- name renderings
    def full(self, p):
        if p.ff:
            return [(p.family, "name"), (" ", "o"), (p.given, "name")]
        if p.culture == "tamil" and self.r.random() < 0.3:
            return [(f"{p.family[0]}. {p.given}", "name")] if self.r.random() < 0.5 else [(p.given, "name"), (" ", "o"), (p.family, "name")]
        if p.culture == "gulf" and self.r.random() < 0.25:
            q = self.person("gulf")
            return [(f"{p.given} bin {q.given} {p.family}", "name")]
        if self.r.random() < 0.5:
            return [(f"{p.given} {p.family}", "name")]
        return [(p.given, "name"), (" ", "o"), (p.family, "name")]

    def title_family(self, p):
        t = self.r.choice(TITLES_PK_GULF if p.country in ("PK", "AE", "SA", "QA", "OM") else TITLES)
        return [(t + " ", "o"), (p.family, "name")]

    def crm(self, p):
        r = self.r
        fam = p.family.upper() if r.random() < 0.6 else p.family
        if r.random() < 0.5:
            return [(f"{fam}, {p.given}", "name")]
        return [(fam, "name"), (", ", "o"), (p.given, "name")]

    def nick_full(self, p):
        if not p.nick:
            return self.full(p)
        q = self.r.choice(['"', "'", '"'])
        return [(p.given, "name"), (f" {q}", "o"), (p.nick, "name"), (f"{q} ", "o"), (p.family, "name")]

    # ---- expand one template
    def expand(self, tpl, p, q, cc):
        r = self.r
        out = []
        for tok in re.split(r"(\{[A-Za-z0-9_]+\})", tpl):
            if not tok:
                continue
            if not (tok.startswith("{") and tok.endswith("}")):
                out.append((tok, "o"))
                continue
            k = tok[1:-1]
            if k == "G":
                out.append((p.given, "name"))
            elif k == "F":
                out.append((p.family, "name"))
            elif k == "N":
                out += self.full(p)
            elif k == "T":
                out += self.title_family(p)
            elif k == "C":
                out += self.crm(p)
            elif k == "K":
                out.append((p.nick or p.given, "name"))
            elif k == "NK":
                out += self.nick_full(p)
            elif k == "Gs":
                out += [(p.given, "name"), ("'s", "o")]
            elif k == "Gh":
                out += [(p.given, "name"), (" " + p.honor, "o")]
            elif k == "Fh":
                out += [(p.family, "name"), (" " + p.honor, "o")]
            elif k == "G2":
                out.append((q.given, "name"))
            elif k == "N2":
                out += self.full(q)
            elif k == "E":
                out.append((self.email(p), "email"))
            elif k == "E2":
                out.append((self.email(p), "email"))
            elif k == "PH":
                out.append((self.phone(p.country), "phone"))
            elif k == "PH2":
                out.append((self.phone(q.country), "phone"))
            elif k == "CARD":
                out.append((self.card_full(), "card"))
            elif k == "C4":
                if r.random() < 0.3:
                    out += [(r.choice(["xxxx xxxx xxxx ", "XXXX-XXXX-XXXX-", "**** "]), "o"), (_digits(r, 4), "card")]
                else:
                    out.append((_digits(r, 4), "card"))
            elif k == "ACCT":
                out.append((self.acct(cc), "id"))
            elif k == "ORD":
                out.append((self.order(cc), "id"))
            elif k == "TKT":
                out.append((self.ticket(), "id"))
            elif k == "NID":
                cue, v = self.natid(p.country)
                out += [(cue, "o"), (v, "id")]
            elif k == "UPI":
                out.append((self.upi(p), "id"))
            elif k == "PNR":
                out.append((self.pnr(), "id"))
            elif k == "VEH":
                out.append((self.vehicle(cc), "id"))
            elif k == "PASS":
                out.append((self.passport(), "id"))
            elif k == "HANDLE":
                out.append((self.handle(p), "id"))
            elif k == "ADDR":
                out += self.address(p.country)
            elif k == "IP":
                out.append((self.ip(), "ip"))
            elif k == "URL":
                out.append((self.url(p), "url"))
            elif k == "BANKDET":
                out += self.bankdet(p)
            elif k == "DOB":
                out.append((self.dob(p.country), "dob"))
            elif k == "POL":
                out.append((r.choice([f"POL-{_digits(r, 7)}", f"{_digits(r, 8)}", f"LIC{_digits(r, 9)}", f"{r.randint(10, 99)}/{_digits(r, 6)}/{r.randint(20, 24)}"]), "id"))
            elif k == "CUST":
                out.append((r.choice([f"CIF {_digits(r, 8)}", _digits(r, 10), f"C{_digits(r, 7)}", f"{_digits(r, 9)}"]), "id"))
            elif k == "EXP":
                out.append((f"{r.randint(1, 12):02d}/{r.randint(25, 30)}", "o"))
            else:
                out.append((self.ofill(k, cc), "o"))
        return out

    def ofill(self, k, cc):
        r = self.r
        c = r.choice
        if k == "bank": return c(BANKS[cc])
        if k == "telco": return c(TELCOS[cc])
        if k == "ride": return c(RIDES[cc])
        if k == "shop": return c(SHOPS[cc])
        if k == "food": return c(FOODS[cc])
        if k == "pay": return c(PAYS[cc])
        if k == "app": return c(RIDES[cc] + FOODS[cc] + PAYS[cc] + SHOPS[cc] + ["MyJio", "Airtel Thanks", "YONO", "iMobile", "My Etisalat", "du app", "JazzWorld", "MyGP", "MyDialog", "Ncell App", "IRCTC", "RedBus", "MakeMyTrip", "Daraz app", "Nol Pay"])
        if k == "brand": return c(SHOPS[cc] + TELCOS[cc] + BANKS[cc] + RIDES[cc] + FOODS[cc])
        if k == "city": return c(CITIES[cc])
        if k == "city2": return c(CITIES[c(list(CITIES))])
        if k == "mall": return c(MALLS[cc])
        if k == "team": return c(TEAMS)
        if k == "day": return c(DAYS)
        if k == "month": return c(MONTHS)
        if k == "amt": return self.amt(cc)
        if k == "n": return str(r.choice([r.randint(2, 9), r.randint(10, 60)]))
        if k == "time": return self.time()
        if k == "date": return self.cdate()
        if k == "hin": return c(HIN)
        if k == "airport": return c(AIRPORTS)
        if k == "station": return c(STATIONS)
        if k == "place": return c(PLACES)
        if k == "plan": return c(PLANS)
        if k == "product": return c(PRODUCTS)
        if k == "model": return c(MODELS)
        if k == "issue": return c(ISSUES)
        if k == "fest": return c(FESTIVALS)
        if k == "country": return c(COUNTRIES)
        if k == "nbfc": return c(NBFC)
        if k == "exch": return c(EXCH)
        if k == "flight": return c(["EK", "AI", "6E", "FZ", "G9", "UL", "PK", "BG", "QR", "WY", "IX", "SG"]) + " " + str(r.randint(100, 999))
        raise KeyError(k)


# --------------------------------------------------------------- templates
PII_TEMPLATES = [
    "cust {N} called abt {shop} refund, ord {ORD}, said will wait till {day}",
    "Cust: {C} | Acct {ACCT} | issue: {issue} | resolved on call, cx happy",
    "{Gh} was v upset bc {ride} driver cancelled thrice, gave {amt} wallet credit, ph {PH}",
    "spoke w/ {T} re {bank} card block, card ending {C4}, new card dispatched to {ADDR}",
    "Name: {N} / Mob: {PH} / Email: {E} / Plan: {plan} / Status: port-in done",
    "verified {G} with dob {DOB} + {NID}, kyc done, {bank} a/c unfrozen",
    "{Gs} {product} delivered to wrong flat, correct addr is {ADDR}, re-attempt {day}",
    "hi team pls call back {N} on {PH} b4 {time} tmrw, {hin} cx is waiting since {day}",
    "refund {amt} sent to upi id {UPI}, utr shared with {G} on chat",
    " - caller: {N} - order {ORD} - {issue} - escalated to {team}",
    "{NK} called again lol, 3rd time this week, same {telco} sim swap issue, ticket {TKT}",
    "Dear {T}, your complaint {TKT} regarding {issue} has been resolved. Regards, {team}",
    "mr {F} wants reg mobile changed to {PH}, asked for {NID} - done, otp verified",
    "Passenger {N} left phone in car {VEH}, driver contacted, handover at {mall} {day} {time}",
    "cx {N} (dob {DOB}) wants policy {POL} nominee changed to {N2}",
    "refund to card {CARD} failed twice, asked {G} to share {BANKDET} instead",
    "{N} <{E}> says otp not coming on {PH}, checked DND, ok now",
    "pnr {PNR} | {N} | seat change req {station} to {city2} | {amt} diff collected",
    "login from ip {IP} not recognised by cx {N}, pwd reset, {team} informed",
    "cx shared linkedin {URL} as proof of employment for {bank} personal loan",
    "insta handle {HANDLE} ranting publicly abt late {food} order, dm'd {G} w/ coupon {amt}",
    "{C} - dob {DOB} - {NID} - addr {ADDR}",
    "bhai {Gs} parcel {city} hub pe atka hai, awb {ORD}, jaldi dispatch karo pls",
    "spoke to {Gs} spouse {G2}, confirmed txn of {amt} at {mall} was theirs, dispute withdrawn",
    "Customer {N} requests e-statement for {month}, send to {E} asap",
    "as per {T} the {telco} tower near {ADDR} down since {day}, NOC ticket {TKT}",
    "new sim delivered to {ADDR}, cx {G} acknowledged, activation pending kyc",
    "cx {G} ph {PH} / alt no {PH2}, prefers call after {time}",
    "{C} || DOB: {DOB} || last login IP {IP} || flagged by {team}",
    "{Gh}, paisa wapas aayega {n} working days me, ref {TKT}, {hin}",
    "caller {N}, relative of a/c holder {N2}, not authorised, asked primary holder to call",
    "vehicle {VEH} owner {N} disputes fastag deduction of {amt} at toll plaza",
    "ayubowan! {G} from {city} wanted {telco} roaming pack to {country}, activated",
    "sir {F} said card {CARD} charged twice by {shop}, raised chargeback {TKT}",
    "salaam, {N} from {city}, {pay} wallet blocked, {NID} verified, unblocked",
    "tweet from {HANDLE}, real name {N}, order {ORD} stuck in transit since {date}",
    "thx {G}! promo applied on acct {ACCT}, next bill on {date}",
    "{Gs} mother {N2} is the nominee, her dob {DOB}, docs pending",
    "handed over to {team}: {C} | ph {PH} | {issue}",
    "booking for {N} ex {airport} on {date}, passport {PASS}, name spelling corrected",
    "kindly update email from {E} to {E2}, cx verified via otp",
    "driver {N2} rated 1 star by rider {G}, reason rude behaviour, ride id {ORD}",
    "lol {G} typed wrong upi {UPI} and sent {amt} to stranger, raised npci dispute {TKT}",
    "pls note cx {G} prefers whatsapp {PH}, dont call b4 {time}",
    "KYC docs recd from {N}: {NID}, dob {DOB}, address {ADDR}",
    "transfer to {BANKDET} by {N} reversed, {bank} says beneficiary name mismatch",
    "acc holder {C}, mob {PH}, email {E}, last login {IP} on {date}",
    "{Fh} ne bola {product} ka box khula tha, photos bheje, replacement order {ORD}",
    "mashallah {G} very polite, {telco} bill {amt} waived, acct {ACCT}",
    "caller {G} says address is {ADDR} but courier keeps going to {mall}",
    "cb req: {N}, {PH}, {E}",
    "Ticket {TKT} - cust {N} - {ride} fare dispute {amt} - {place} to {place}",
    "{Gh} wants to link {pay} to {PH}, {NID} matched, done",
    "bday {DOB} on file for {N}? cx says diff dob, asked to visit {bank} branch with id",
    "tenant {N} at {ADDR} says {telco} router blinking red since {day}",
    "{T} ({PH}) booked {n} lab tests via app, report to be mailed to {E}",
    "cx {K} (real name {N}) from {city} asked for {fest} offer on {product}",
    "{G2} called on behalf of {N}, said cx is in hospital, asked for bill extension till {date}",
    "card {CARD} exp {EXP} flagged for {amt} at {shop}, {G} confirms txn not theirs, card hotlisted",
    "{N} | {NID} | {PH} | {city} | {issue}",
    "Hi {G}, thanks for chatting with {brand} today. Your ref is {TKT}. Have a gr8 day",
    "acha so {Gh} moved to {ADDR}, update billing addr, ty",
    "expat {N} sending remittance to {BANKDET} via {exch}, txn on hold for compliance",
    "{N} posted 1 star review, profile {URL}, reached out, offered {amt} voucher",
    "CUSTOMER: {C}  CUST ID: {CUST}  CARD: xxxx{C4}  REMARKS: {issue}",
    "pls unblock {F} - {NID} - wrong pin {n} times on {bank} app",
    "{G} {hin} says will pay {amt} by {day}, loan acct {ACCT}, promise to pay logged",
    "ride cancelled by driver, rider {N} ({PH}) charged {amt} cancellation fee, reversed",
    "cust email {E} bouncing, got new one from {Gh} over call: {E2}",
    "frm {T}: pls send invoice for order {ORD} to office addr {ADDR}",
    "chat w/ {G} - dob {DOB} - cnf'd - {plan} activated - ty",
    "{C}; DL/RC for {VEH} uploaded; {ride} onboarding pending bg check",
    "Good morning {T}, as discussed your {bank} cheque book will reach {ADDR} in {n} days",
]

NOPII_TEMPLATES = [
    "{team} queue heavy today, {n} chats pending, {ride} outage in {city} since {time}",
    "cx asked abt {plan} validity, explained, {hin}",
    "{shop} {fest} sale started, expect spike in {product} returns till {day}",
    "refund of {amt} processed to source, tat {n} days, cx ok",
    "{bank} netbanking down {time} to {time}, advised cx to use {pay}",
    "cust cant login to {app}, cleared cache n data, working now thx",
    "delivery stuck at {city} hub bc of heavy rain, {hin}, eta {day}",
    "escalated to {team} - {issue} - awaiting callback by {day}",
    "{telco} recharge failed via {pay}, amt {amt} debited, auto reversal in 48 hrs",
    "pls check {product} stock at {mall} store, cx wants store pickup {day}",
    "Flight {flight} {airport} to {airport} delayed, rebooked on {date}, no extra charge",
    "cx from {city} wants to port out to {telco}, retention offer {amt} off rejected",
    "{hin} sir, {ride} fare surge {n}x due to {fest} rush near {station}",
    "Tier 2 handover: duplicate charge on {shop} order, customer will send screenshot",
    "all {food} orders from {mall} food court delayed, kitchen closed till {time}",
    "reminder: {team} huddle on {day} at {time}, {n} agents pls join",
    "cx upset abt {telco} 5G not showing on {model}, asked to update software",
    "{bank} credit card annual fee {amt} reversed as goodwill per {team} policy",
    "metro card recharge at {station} failed, advised visit counter w/ receipt",
    "{app} app crashing on {model} after update, bug raised with tech",
    "order of {n} items from {shop}, part delivered, rest by {day}",
    "wrong size {product} from {shop}, exchange initiated, pickup on {date}",
    "cx ne bola {telco} network {place} me nahi aata, complaint forwarded to {team}",
    "{fest} offer: {amt} cashback on {pay} above {amt}, explained t&c",
    "{city} to {city2} bus booked on {app} cancelled by operator, full refund",
    "gold loan at {nbfc} branch in {city}, cx asked interest rate, shared {n}%",
    "Hi, thanks for contacting {brand}. Your issue regarding {issue} has been logged. - {team}",
    "lol cx thought {brand} was a person, explained its the app",
    "{month} bill higher bc of roaming in {country}, explained charges, cx ok",
    "chat dropped b4 resolution, no response after {n} min, closed",
    "{airport} lounge access via {bank} card declined, asked cx to check quarterly spend",
    "Salik toll {amt} charged twice via {app}, raised with RTA, {hin}",
    "cx wants {product} in blue, not avlbl in {city}, suggested {shop}",
    "{ride} bike taxi not allowed in {city} now, explained, cx ok",
    "COD not available for orders above {amt} in {place}, cx will pay via {pay}",
    "{fest} rush - {food} delays across {city}, apology coupon {amt} approved by {team}",
    "ty for patience, {telco} outage in {place} fixed at {time}",
    "| {team} | {issue} | {n} cases | SLA breach {day} |",
    "{bank} platinum card upgrade req, eligible, fwd to {team}",
    "Customer confirmed {model} works after reset. Closing chat. {hin}",
    "parcel from {country} held at {airport} customs, duty {amt}, cx to pay online",
    "WARNING: {app} phishing sms going around in {city}, tell cx never share otp",
    "cx asking if {shop} delivers to {place}, yes within {n} days",
    "{month} {fest} campaign: {n}% off on {product}, valid till {date}",
    "no issue found on line, speed test {n} Mbps, cx satisfied",
    "agent note: {telco} esim qr resent, activated on {model}, all good",
    "cx said {ride} captain took long route from {station} to {place}, fare adjusted {amt}",
]


def _words(parts):
    return len("".join(t for t, _ in parts).split())


def _typo(r, parts):
    """fast-typing slip: swap two letters inside one ordinary word"""
    idx = [i for i, (t, l) in enumerate(parts) if l == "o" and re.search(r"[a-z]{4,}", t)]
    if not idx:
        return parts
    i = r.choice(idx)
    t = parts[i][0]
    ms = list(re.finditer(r"[a-z]{4,}", t))
    m = r.choice(ms)
    j = r.randint(m.start() + 1, m.end() - 2)
    t = t[:j] + t[j + 1] + t[j] + t[j + 2:]
    return parts[:i] + [(t, "o")] + parts[i + 1:]


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


def blind_notes(listed: frozenset[str]) -> list[list[tuple[str, str]]]:
    listed = frozenset(_fold(w) for w in listed)
    g = _Gen(listed)
    r = g.r
    notes, seen = [], set()
    tries = 0
    while len(notes) < N_NOTES:
        tries += 1
        if tries > N_NOTES * 50:
            raise RuntimeError("could not build enough notes")
        p = g.person()
        q = g.person(p.culture if r.random() < 0.7 else None, p.country)
        if r.random() < 0.47:
            cc = r.choice(list(CITIES))
            parts = g.expand(r.choice(NOPII_TEMPLATES), p, q, cc)
        else:
            parts = g.expand(r.choice(PII_TEMPLATES), p, q, p.country)
        if r.random() < 0.12:
            parts = _typo(r, parts)
        u = r.random()
        if u < 0.34:
            parts = [(t.lower(), l) for t, l in parts]
        elif u < 0.40:
            parts = [(t.upper() if l == "name" else t, l) for t, l in parts]
        parts = _merge(parts)
        text = "".join(t for t, _ in parts)
        if "\n" in text or not (5 <= _words(parts) <= 45) or text in seen:
            continue
        if any(l == "name" and not _name_ok(t, listed) for t, l in parts):
            continue
        if any(l != "o" and (not t or t != t.strip()) for t, l in parts):
            continue
        seen.add(text)
        notes.append(parts)
    return notes


def _selfcheck():
    from collections import Counter
    assert len(PII_TEMPLATES) >= 60 and len(NOPII_TEMPLATES) >= 35, (len(PII_TEMPLATES), len(NOPII_TEMPLATES))
    for c, (gv, fm, *_x) in CULTURES.items():
        assert len(set(gv)) >= 40 and len(set(fm)) >= 40, (c, len(set(gv)), len(set(fm)))
    sample = frozenset({"priya", "sharma", "khan", "perera", "mohammed", "patel", "singh", "kumar", "ali", "raj",
                        "souza", "al", "fatima", "gill", "rao", "das", "nair", "thapa", "tata", "doctor"})
    for listed in (frozenset(), sample):
        a = blind_notes(listed)
        b = blind_notes(listed)
        assert a == b, "not deterministic"
        assert len(a) == N_NOTES
        texts = ["".join(t for t, _ in n) for n in a]
        assert len(set(texts)) == N_NOTES
        for n, t in zip(a, texts):
            assert "\n" not in t and 5 <= len(t.split()) <= 45, t
            for s, l in n:
                assert l in LABELS, l
                if l != "o":
                    assert s and s == s.strip(), (s, l)
                if l == "name":
                    for w in _SPLIT.split(s):
                        assert not w or _fold(w) not in listed, (s, t)
        cnt = Counter(l for n in a for _, l in n)
        lower = sum(t == t.lower() for t in texts) / len(texts)
        nopii = sum(all(l in ("o", "~") for _, l in n) for n in a) / len(a)
        print(f"listed={len(listed)} words: notes={len(a)}")
        print("  label counts:", dict(sorted(cnt.items())))
        print(f"  all-lower share: {lower:.3f}   no-personal-data share: {nopii:.3f}")
    print("sample notes:")
    for n in blind_notes(frozenset())[:12]:
        print("  ", "".join(t for t, _ in n))
    print("selfcheck OK")


if __name__ == "__main__":
    _selfcheck()
