/// Name pools for invented patients and staff. Deliberately varied — accented Latin, CJK, Arabic, Slavic,
/// West African names — so every column, width calculation and sort in the dashboard meets them on day one.
enum DemoNames {
    static let givenNames = [
        "James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William", "Linda", "David", "Elizabeth",
        "Richard", "Barbara", "Joseph", "Susan", "Thomas", "Jessica", "Charles", "Sarah", "Christopher", "Karen",
        "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Margaret", "Donald", "Sandra",
        "Steven", "Ashley", "Paul", "Kimberly", "Andrew", "Emily", "Joshua", "Donna", "Kenneth", "Michelle",
        "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie",
        "Jamal", "Aaliyah", "Malik", "Imani", "DeAndre", "Latoya", "Tyrone", "Keisha", "Darnell", "Ebony",
        "Carlos", "María", "Luis", "Sofía", "Jorge", "Lucía", "Miguel", "Valentina", "Alejandro", "Camila",
        "Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Arjun", "Priya", "Rahul", "Ananya",
        "Mohammed", "Fatima", "Omar", "Layla", "Yusuf", "Amira", "Chinedu", "Ngozi", "Kwame", "Ama",
        "Olga", "Dmitri", "Katarzyna", "Piotr", "Siobhan", "Liam", "Aoife", "Sean", "Ingrid", "Lars",
        "Noah", "Olivia", "Liam", "Emma", "Elijah", "Ava", "Mateo", "Mia", "Lucas", "Harper",
        "Chloé", "François", "Zoë", "Björn", "Łukasz", "Inés", "Thiago", "Ségolène", "Søren", "Anaïs",
    ]

    static let familyNames = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Okafor", "Adeyemi", "Mensah", "Diallo", "Chen", "Wang", "Zhang", "Liu", "Tanaka", "Suzuki",
        "Kim", "Park", "Choi", "Patel", "Shah", "Singh", "Gupta", "Iyer", "Khan", "Haddad",
        "Abdullah", "Rahman", "Kowalski", "Nowak", "Ivanova", "Petrov", "O'Brien", "Murphy", "Fitzgerald", "Byrne",
        "Fischer", "Schneider", "Rossi", "Bianchi", "Kowalczyk", "Alvarez", "Ortiz", "Castillo", "Vargas", "Mendoza",
        "Müller", "Núñez", "Ångström", "Peña", "Gómez", "Jiménez", "Lefèvre", "Søndergaard", "Çelik", "Dvořák",
    ]

    /// Names that must appear in every demo, written the way their owners write them.
    /// CJK names keep family and given name in their own fields (王 / 小明).
    static let featured: [(given: String, family: String)] = [
        ("Renée", "Müller"), ("José", "Núñez"), ("Zoë", "Ångström"), ("小明", "王"), ("花子", "佐藤"),
        ("민준", "김"), ("Jürgen", "Weiß"), ("Ngọc Anh", "Trần"), ("Siobhán", "Ó Súilleabháin"),
        ("Maëlle", "Lefèvre"), ("Ayşe", "Yılmaz"), ("Chidi", "Okafor"),
    ]
}
