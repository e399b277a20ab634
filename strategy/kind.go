package strategy

import "slices"

// Kind ids: what sort of organisation a plan is for.
const (
	KindBusiness  = "business"
	KindPublic    = "public"
	KindNonprofit = "nonprofit"
	KindClub      = "club"
	KindEducation = "education"
)

// Kind is a sort of organisation and the words a strategy for it uses:
// who the audience is, who "we" are, and what the strategy is part of.
// No fixed text in a plan whose kind is not business says "customers",
// "business plan" or "staff"; these words say what it says instead.
type Kind struct {
	ID   string
	Name Text
	// Audience is who the organisation talks with, in a few words:
	// "customers", "residents and users".
	Audience Text
	// Reach is the sentence that opens the audiences section.
	Reach Text
	// ReachNone is Reach in a plan without presence.
	ReachNone Text
	// People is who "we" are, in the plural: "staff", "employees",
	// "volunteers".
	People Text
	// PartOf is the sentence that ties social media to the rest of the
	// organisation's communication. It claims no approval and no plan the
	// answers do not name ("adopted by the board", "part of our annual
	// plan"): who approved the strategy is document.approved_by, printed
	// in the document's control table when answered.
	PartOf Text
	// Everyone is the spokespeople choice "everyone" in this kind's words.
	Everyone Text
	// Support is the purpose "support" in this kind's words.
	Support Text
	// Promote is the purpose "promote" in this kind's words.
	Promote Text
	// Recruit, when set, is the purpose "recruit" in this kind's words: a
	// club recruits volunteers and coaches, a school students.
	Recruit Text
	// Internal is the purpose "internal" in this kind's words: a club
	// reaches its own members, a municipality has internal communication.
	Internal Text
	// Example is an organisation of this kind, for prompts.
	Example Text

	// The words below are the adviser's (strategy.Check): its examples
	// speak to a club of players and the board, not of customers and the
	// manager.

	// Affected opens the "who is affected" sentence of a holding
	// statement: "Customers who … should …".
	Affected Text
	// Lead is who figures go to and who takes over a serious complaint:
	// "the manager", «daglig leder», "the board".
	Lead Text
	// Offer is what people talk about the organisation for, as listening
	// terms: "your products", "your services".
	Offer Text
	// Peers is who the organisation is compared with: "a competitor or
	// two", "a neighbouring school or two".
	Peers Text
	// Private is the personal details a guideline says never to share:
	// "customer details", "details about players".
	Private Text
	// Results are three figures a goal can aim for: "followers, orders,
	// enquiries".
	Results Text
}

// Kinds lists the organisation kinds, in the order the wizard offers them.
// The words follow the anchors: KS and DSB speak of innbyggere and
// brukere for a municipality, idrettslag of medlemmer and foresatte.
var Kinds = []Kind{
	{
		ID: KindBusiness,
		Name: Text{
			En: "Business",
			Nb: "Bedrift",
			Nn: "Bedrift",
		},
		Audience: Text{
			En: "customers",
			Nb: "kunder",
			Nn: "kundar",
		},
		Reach: Text{
			En: "We talk with past, present and future customers. These are the people this strategy is for:",
			Nb: "Vi kommuniserer med tidligere, nåværende og fremtidige kunder. Strategien retter seg mot disse gruppene:",
			Nn: "Vi kommuniserer med tidlegare, noverande og framtidige kundar. Strategien rettar seg mot desse gruppene:",
		},
		ReachNone: Text{
			En: "We talk with past, present and future customers. These are the people we want to reach:",
			Nb: "Vi kommuniserer med tidligere, nåværende og fremtidige kunder. Dette er gruppene vi vil nå:",
			Nn: "Vi kommuniserer med tidlegare, noverande og framtidige kundar. Dette er gruppene vi vil nå:",
		},
		People: Text{
			En: "staff",
			Nb: "ansatte",
			Nn: "tilsette",
		},
		PartOf: Text{
			En: "Social media is part of how we communicate as a whole, not something beside it.",
			Nb: "Sosiale medier er en del av\nhvordan vi kommuniserer samlet sett, ikke noe som står på siden av det.",
			Nn: "Sosiale medium er ein del av\nkorleis vi kommuniserer samla sett, ikkje noko som står på sida av det.",
		},
		Everyone: Text{
			En: "Everyone in the organisation",
			Nb: "Alle ansatte",
			Nn: "Alle tilsette",
		},
		Support: Text{
			En: "Customer service and dialogue",
			Nb: "Kundeservice og dialog",
			Nn: "Kundeservice og dialog",
		},
		Promote: Text{
			En: "Inform about products, services and events",
			Nb: "Informere om produkter, tjenester og arrangementer",
			Nn: "Informere om produkt, tenester og arrangement",
		},
		Internal: Text{
			En: "Internal communication",
			Nb: "Intern kommunikasjon",
			Nn: "Intern kommunikasjon",
		},
		Example: Text{
			En: "a bakery, a hair salon, an accounting firm",
			Nb: "et bakeri, en frisørsalong, et regnskapskontor",
			Nn: "eit bakeri, ein frisørsalong, eit rekneskapskontor",
		},
		Affected: Text{
			En: "Customers who … should …",
			Nb: "Kunder som …, bør …",
			Nn: "Kundar som …, bør …",
		},
		Lead: Text{
			En: "the manager",
			Nb: "daglig leder",
			Nn: "dagleg leiar",
		},
		Offer: Text{
			En: "your products",
			Nb: "produktene",
			Nn: "produkta",
		},
		Peers: Text{
			En: "a competitor or two",
			Nb: "en konkurrent eller to",
			Nn: "ein konkurrent eller to",
		},
		Private: Text{
			En: "customer details",
			Nb: "kundeopplysninger",
			Nn: "kundeopplysningar",
		},
		Results: Text{
			En: "followers, orders, enquiries",
			Nb: "følgere, bestillinger, henvendelser",
			Nn: "følgjarar, bestillingar, førespurnader",
		},
	},
	{
		ID: KindPublic,
		Name: Text{
			En: "Public body",
			Nb: "Offentlig virksomhet",
			Nn: "Offentleg verksemd",
		},
		Audience: Text{
			En: "residents and users of our services",
			Nb: "innbyggere og brukere",
			Nn: "innbyggjarar og brukarar",
		},
		Reach: Text{
			En: "We serve residents and the users of our services, and talk with them where they are. These are the groups this strategy is for:",
			Nb: "Vi er til for innbyggerne og brukerne av tjenestene våre, og møter dem der de er. Strategien retter seg mot disse gruppene:",
			Nn: "Vi er til for innbyggjarane og brukarane av tenestene våre, og møter dei der dei er. Strategien rettar seg mot desse gruppene:",
		},
		ReachNone: Text{
			En: "We serve residents and the users of our services. These are the groups we want to reach:",
			Nb: "Vi er til for innbyggerne og brukerne av tjenestene våre. Dette er gruppene vi vil nå:",
			Nn: "Vi er til for innbyggjarane og brukarane av tenestene våre. Dette er gruppene vi vil nå:",
		},
		People: Text{
			En: "employees",
			Nb: "ansatte",
			Nn: "tilsette",
		},
		PartOf: Text{
			En: "Social media is part of how we communicate as a whole: the rules for our communication in general also apply here, and social media is never the only channel for important information.",
			Nb: "Sosiale medier er en del av\nhvordan vi kommuniserer samlet sett: de samme reglene gjelder her som for kommunikasjonen ellers, og sosiale\nmedier er aldri eneste kanal for viktig informasjon.",
			Nn: "Sosiale medium er ein del av\nkorleis vi kommuniserer samla sett: dei same reglane gjeld her som for kommunikasjonen elles, og sosiale\nmedium er aldri einaste kanal for viktig informasjon.",
		},
		Everyone: Text{
			En: "Every employee",
			Nb: "Alle ansatte",
			Nn: "Alle tilsette",
		},
		Support: Text{
			En: "Answer questions and talk with people",
			Nb: "Svare på spørsmål og ha dialog",
			Nn: "Svare på spørsmål og ha dialog",
		},
		Promote: Text{
			En: "Inform about services and events",
			Nb: "Informere om tjenester og arrangementer",
			Nn: "Informere om tenester og arrangement",
		},
		Recruit: Text{
			En: "Recruit new employees",
			Nb: "Rekruttere nye ansatte",
			Nn: "Rekruttere nye tilsette",
		},
		Internal: Text{
			En: "Internal communication",
			Nb: "Intern kommunikasjon",
			Nn: "Intern kommunikasjon",
		},
		Example: Text{
			En: "a municipality, an agency, a library",
			Nb: "en kommune, et direktorat, et bibliotek",
			Nn: "ein kommune, eit direktorat, eit bibliotek",
		},
		Affected: Text{
			En: "Residents who … should …",
			Nb: "Innbyggere som …, bør …",
			Nn: "Innbyggjarar som …, bør …",
		},
		Lead: Text{
			En: "the head of communications",
			Nb: "kommunikasjonssjefen",
			Nn: "kommunikasjonssjefen",
		},
		Offer: Text{
			En: "your services",
			Nb: "tjenestene",
			Nn: "tenestene",
		},
		Peers: Text{
			En: "a neighbouring body or two",
			Nb: "en nabokommune eller to",
			Nn: "ein nabokommune eller to",
		},
		Private: Text{
			En: "personal details about residents",
			Nb: "personopplysninger om innbyggere",
			Nn: "personopplysningar om innbyggjarar",
		},
		Results: Text{
			En: "followers, enquiries answered, visits to the website",
			Nb: "følgere, besvarte henvendelser, besøk på nettsiden",
			Nn: "følgjarar, svara førespurnader, besøk på nettsida",
		},
	},
	{
		ID: KindNonprofit,
		Name: Text{
			En: "Nonprofit",
			Nb: "Ideell organisasjon",
			Nn: "Ideell organisasjon",
		},
		Audience: Text{
			En: "members, supporters and the people we help",
			Nb: "medlemmer, støttespillere og dem vi hjelper",
			Nn: "medlemer, støttespelarar og dei vi hjelper",
		},
		Reach: Text{
			En: "We talk with our members, supporters and the people we work for. These are the groups this strategy is for:",
			Nb: "Vi kommuniserer med medlemmer, støttespillere og dem vi arbeider for. Strategien retter seg mot disse gruppene:",
			Nn: "Vi kommuniserer med medlemer, støttespelarar og dei vi arbeider for. Strategien rettar seg mot desse gruppene:",
		},
		ReachNone: Text{
			En: "We talk with our members, supporters and the people we work for. These are the groups we want to reach:",
			Nb: "Vi kommuniserer med medlemmer, støttespillere og dem vi arbeider for. Dette er gruppene vi vil nå:",
			Nn: "Vi kommuniserer med medlemer, støttespelarar og dei vi arbeider for. Dette er gruppene vi vil nå:",
		},
		People: Text{
			En: "volunteers and employees",
			Nb: "frivillige og ansatte",
			Nn: "frivillige og tilsette",
		},
		PartOf: Text{
			En: "Social media is part of how we communicate as a whole, not something beside it.",
			Nb: "Sosiale medier er en del av\nhvordan vi kommuniserer samlet sett, ikke noe som står på siden av det.",
			Nn: "Sosiale medium er ein del av\nkorleis vi kommuniserer samla sett, ikkje noko som står på sida av det.",
		},
		Everyone: Text{
			En: "Everyone in the organisation",
			Nb: "Alle i organisasjonen",
			Nn: "Alle i organisasjonen",
		},
		Support: Text{
			En: "Answer questions and talk with people",
			Nb: "Svare på spørsmål og ha dialog",
			Nn: "Svare på spørsmål og ha dialog",
		},
		Promote: Text{
			En: "Inform about our work and events",
			Nb: "Informere om arbeidet vårt og arrangementer",
			Nn: "Informere om arbeidet vårt og arrangement",
		},
		Recruit: Text{
			En: "Recruit volunteers and employees",
			Nb: "Rekruttere frivillige og ansatte",
			Nn: "Rekruttere frivillige og tilsette",
		},
		Internal: Text{
			En: "Reach our members and volunteers",
			Nb: "Nå egne medlemmer og frivillige",
			Nn: "Nå eigne medlemer og frivillige",
		},
		Example: Text{
			En: "a charity, an association, a foundation",
			Nb: "en hjelpeorganisasjon, en forening, en stiftelse",
			Nn: "ein hjelpeorganisasjon, ei foreining, ei stifting",
		},
		Affected: Text{
			En: "Those who … should …",
			Nb: "De som …, bør …",
			Nn: "Dei som …, bør …",
		},
		Lead: Text{
			En: "the board",
			Nb: "styret",
			Nn: "styret",
		},
		Offer: Text{
			En: "your cause",
			Nb: "saken dere arbeider for",
			Nn: "saka de arbeider for",
		},
		Peers: Text{
			En: "a similar organisation or two",
			Nb: "en lignende organisasjon eller to",
			Nn: "ein liknande organisasjon eller to",
		},
		Private: Text{
			En: "details about the people you help",
			Nb: "opplysninger om dem dere hjelper",
			Nn: "opplysningar om dei de hjelper",
		},
		Results: Text{
			En: "followers, donors, volunteers",
			Nb: "følgere, givere, frivillige",
			Nn: "følgjarar, givarar, frivillige",
		},
	},
	{
		ID: KindClub,
		Name: Text{
			En: "Club or team",
			Nb: "Lag eller forening",
			Nn: "Lag eller foreining",
		},
		Audience: Text{
			En: "members, players and parents",
			Nb: "medlemmer, utøvere og foresatte",
			Nn: "medlemer, utøvarar og føresette",
		},
		Reach: Text{
			En: "We talk with our members, players and their parents, and with the neighbourhood around the club. These are the groups this strategy is for:",
			Nb: "Vi kommuniserer med medlemmer, utøvere og foresatte, og med nærmiljøet rundt laget. Strategien retter seg mot disse gruppene:",
			Nn: "Vi kommuniserer med medlemer, utøvarar og føresette, og med nærmiljøet rundt laget. Strategien rettar seg mot desse gruppene:",
		},
		ReachNone: Text{
			En: "We talk with our members, players and their parents. These are the groups we want to reach:",
			Nb: "Vi kommuniserer med medlemmer, utøvere og foresatte. Dette er gruppene vi vil nå:",
			Nn: "Vi kommuniserer med medlemer, utøvarar og føresette. Dette er gruppene vi vil nå:",
		},
		People: Text{
			En: "volunteers, coaches and board members",
			Nb: "frivillige, trenere og styremedlemmer",
			Nn: "frivillige, trenarar og styremedlemer",
		},
		PartOf: Text{
			En: "Social media is part of how the club communicates as a whole, not something beside it.",
			Nb: "Sosiale medier er en del av\nhvordan laget kommuniserer samlet sett, ikke noe som står på siden av det.",
			Nn: "Sosiale medium er ein del av\nkorleis laget kommuniserer samla sett, ikkje noko som står på sida av det.",
		},
		Everyone: Text{
			En: "Every member",
			Nb: "Alle medlemmer",
			Nn: "Alle medlemer",
		},
		Support: Text{
			En: "Answer questions and talk with people",
			Nb: "Svare på spørsmål og ha dialog",
			Nn: "Svare på spørsmål og ha dialog",
		},
		Promote: Text{
			En: "Inform about activities and events",
			Nb: "Informere om aktiviteter og arrangementer",
			Nn: "Informere om aktivitetar og arrangement",
		},
		Recruit: Text{
			En: "Recruit volunteers and coaches",
			Nb: "Rekruttere frivillige og trenere",
			Nn: "Rekruttere frivillige og trenarar",
		},
		Internal: Text{
			En: "Reach our own members",
			Nb: "Nå egne medlemmer",
			Nn: "Nå eigne medlemer",
		},
		Example: Text{
			En: "a football club, a choir, a sports association",
			Nb: "et fotballag, et kor, et idrettslag",
			Nn: "eit fotballag, eit kor, eit idrettslag",
		},
		Affected: Text{
			En: "Players and parents who … should …",
			Nb: "Utøvere og foresatte som …, bør …",
			Nn: "Utøvarar og føresette som …, bør …",
		},
		Lead: Text{
			En: "the board",
			Nb: "styret",
			Nn: "styret",
		},
		Offer: Text{
			En: "your teams and activities",
			Nb: "lagene og aktivitetene",
			Nn: "laga og aktivitetane",
		},
		Peers: Text{
			En: "a neighbouring club or two",
			Nb: "en naboklubb eller to",
			Nn: "ein naboklubb eller to",
		},
		Private: Text{
			En: "details about players",
			Nb: "opplysninger om utøvere",
			Nn: "opplysningar om utøvarar",
		},
		Results: Text{
			En: "followers, new members, volunteers",
			Nb: "følgere, nye medlemmer, frivillige",
			Nn: "følgjarar, nye medlemer, frivillige",
		},
	},
	{
		ID: KindEducation,
		Name: Text{
			En: "School or university",
			Nb: "Skole eller utdanning",
			Nn: "Skule eller utdanning",
		},
		Audience: Text{
			En: "students, applicants and parents",
			Nb: "elever og studenter, søkere og foresatte",
			Nn: "elevar og studentar, søkjarar og føresette",
		},
		Reach: Text{
			En: "We talk with students, applicants and parents, and with the community around us. These are the groups this strategy is for:",
			Nb: "Vi kommuniserer med elever og studenter, søkere og foresatte, og med samfunnet rundt oss. Strategien retter seg mot disse gruppene:",
			Nn: "Vi kommuniserer med elevar og studentar, søkjarar og føresette, og med samfunnet rundt oss. Strategien rettar seg mot desse gruppene:",
		},
		ReachNone: Text{
			En: "We talk with students, applicants and parents. These are the groups we want to reach:",
			Nb: "Vi kommuniserer med elever og studenter, søkere og foresatte. Dette er gruppene vi vil nå:",
			Nn: "Vi kommuniserer med elevar og studentar, søkjarar og føresette. Dette er gruppene vi vil nå:",
		},
		People: Text{
			En: "employees and student ambassadors",
			Nb: "ansatte og studentambassadører",
			Nn: "tilsette og studentambassadørar",
		},
		PartOf: Text{
			En: "Social media is part of how we communicate as a whole, not something beside it.",
			Nb: "Sosiale medier er en del av\nhvordan vi kommuniserer samlet sett, ikke noe som står på siden av det.",
			Nn: "Sosiale medium er ein del av\nkorleis vi kommuniserer samla sett, ikkje noko som står på sida av det.",
		},
		Everyone: Text{
			En: "Every employee",
			Nb: "Alle ansatte",
			Nn: "Alle tilsette",
		},
		Support: Text{
			En: "Answer questions and talk with people",
			Nb: "Svare på spørsmål og ha dialog",
			Nn: "Svare på spørsmål og ha dialog",
		},
		Promote: Text{
			En: "Inform about studies and events",
			Nb: "Informere om studietilbud og arrangementer",
			Nn: "Informere om studietilbod og arrangement",
		},
		Recruit: Text{
			En: "Recruit students",
			Nb: "Rekruttere elever og studenter",
			Nn: "Rekruttere elevar og studentar",
		},
		Internal: Text{
			En: "Internal communication",
			Nb: "Intern kommunikasjon",
			Nn: "Intern kommunikasjon",
		},
		Example: Text{
			En: "a school, a university, a student project",
			Nb: "en skole, et universitet, et studentprosjekt",
			Nn: "ein skule, eit universitet, eit studentprosjekt",
		},
		Affected: Text{
			En: "Students and parents who … should …",
			Nb: "Elever og foresatte som …, bør …",
			Nn: "Elevar og føresette som …, bør …",
		},
		Lead: Text{
			En: "the head teacher",
			Nb: "rektor",
			Nn: "rektor",
		},
		Offer: Text{
			En: "your studies",
			Nb: "studietilbudet",
			Nn: "studietilbodet",
		},
		Peers: Text{
			En: "a neighbouring school or two",
			Nb: "en naboskole eller to",
			Nn: "ein naboskule eller to",
		},
		Private: Text{
			En: "details about students",
			Nb: "opplysninger om elever",
			Nn: "opplysningar om elevar",
		},
		Results: Text{
			En: "followers, applicants, enquiries",
			Nb: "følgere, søkere, henvendelser",
			Nn: "følgjarar, søkjarar, førespurnader",
		},
	},
}

// KindByID returns the kind with the given id; an empty or unknown id
// gives business, the default.
func KindByID(id string) Kind {
	for _, k := range Kinds {
		if k.ID == id {
			return k
		}
	}
	return Kinds[0]
}

// KindIDs returns the known kind ids, in display order.
func KindIDs() []string {
	ids := make([]string, len(Kinds))
	for i, k := range Kinds {
		ids[i] = k.ID
	}
	return ids
}

// IsKind reports whether id is a known kind id.
func IsKind(id string) bool { return slices.Contains(KindIDs(), id) }

// PurposeName returns the name of a purpose in the words of an
// organisation kind: a club's members are not customers. An unknown id is
// returned as it is.
func PurposeName(id, kind, lang string) string {
	p, ok := PurposeByID(id)
	if !ok {
		return id
	}
	switch id {
	case "support":
		return KindByID(kind).Support.In(lang)
	case "promote":
		return KindByID(kind).Promote.In(lang)
	case "recruit":
		if r := KindByID(kind).Recruit; r != (Text{}) {
			return r.In(lang)
		}
	case "internal":
		if r := KindByID(kind).Internal; r != (Text{}) {
			return r.In(lang)
		}
	}
	return p.Name.In(lang)
}

// SpokespeopleNameFor is SpokespeopleName in the words of an organisation
// kind.
func SpokespeopleNameFor(id, kind, lang string) string {
	if id == SpeakEveryone {
		return KindByID(kind).Everyone.In(lang)
	}
	return SpokespeopleName(id, lang)
}
