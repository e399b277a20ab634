package strategy

// Example returns a complete model plan to start from: a neighbourhood
// bakery that is on Instagram and Facebook.
func Example(lang string) *Plan {
	switch lang {
	case LangBokmal:
		return exampleNb()
	case LangNynorsk:
		return exampleNn()
	}
	return &Plan{
		Version:  Version,
		Language: LangEnglish,
		Organisation: Organisation{
			Name:      "Solsiden Bakeri",
			About:     "Neighbourhood bakery and café in Trondheim",
			Audiences: []string{"Families living nearby", "Offices ordering catering", "Past customers who have moved away"},
		},
		Presence: PresenceActive,
		Channels: []Channel{
			{
				ID:       "instagram",
				Purposes: []string{"inspire", "promote", "listen"},
				Goal:     "Reach 2,000 local followers by June 2027",
				Measures: []string{"followers", "reach", "clicks", "mentions"},
				Audience: "Families nearby, 25-45",
				Owner:    "Kari (café manager)",
				Cadence:  "3 posts a week",
				Tone:     "Warm and playful, photo first",
			},
			{
				ID:       "facebook",
				Purposes: []string{"promote", "support", "incident"},
				Goal:     "Take 20 catering orders a month through Facebook by March 2027",
				Measures: []string{"clicks", "conversions", "response time", "time to first post"},
				Audience: "Office managers ordering catering",
				Owner:    "Ola (owner)",
				Cadence:  "2 posts a week, messages answered daily",
				Tone:     "Helpful and to the point",
			},
		},
		Voice: Voice{
			Tone:              "Friendly, plain language",
			Spokespeople:      SpeakDesignated,
			SpokespeopleNames: []string{"Kari", "Ola"},
			Guidelines: []string{
				"Ask before posting photos of customers",
				"Never argue in public; take it to private messages",
				"Say who you are when you answer for the bakery",
			},
		},
		Responses: Responses{
			Praise: Response{
				Approach:     "Thank within a day; share the best with permission",
				ResponseTime: "24 hours",
				Owner:        "Kari",
			},
			Criticism: Response{
				Approach:     "Acknowledge publicly, take details to private messages",
				ResponseTime: "4 hours",
				Owner:        "Ola",
				Escalation:   "Ola, for anything about food safety",
			},
			Incident: Incident{
				Lead:     "Ola",
				Channels: []string{"facebook", "instagram"},
				HoldingStatement: "We know that some of Tuesday's bread contained sesame that was not on the label. " +
					"Customers with allergies who bought bread on Tuesday should not eat it. We have stopped sales " +
					"and are checking every batch. Updates come here on Facebook and Instagram, next update within two hours.",
				UpdateInterval: "every 2 hours; afterwards pause scheduled posts and hold a short review within a week",
			},
		},
		Listening: Listening{
			Terms:     []string{"Solsiden Bakeri", "#solsidenbakeri", "bakery Trondheim"},
			Frequency: "daily",
			Owner:     "Kari",
		},
		Review: Review{Cadence: "quarterly", Owner: "Ola"},
	}
}

func exampleNb() *Plan {
	return &Plan{
		Version:  Version,
		Language: LangBokmal,
		Organisation: Organisation{
			Name:      "Solsiden Bakeri",
			About:     "Bakeri og kafé på Solsiden i Trondheim",
			Audiences: []string{"Barnefamilier i nabolaget", "Bedrifter som bestiller catering", "Tidligere kunder som har flyttet fra byen"},
		},
		Presence: PresenceActive,
		Channels: []Channel{
			{
				ID:       "instagram",
				Purposes: []string{"inspire", "promote", "listen"},
				Goal:     "Nå 2 000 lokale følgere innen juni 2027",
				Measures: []string{"følgere", "rekkevidde", "klikk", "omtaler"},
				Audience: "Barnefamilier i nærområdet, 25–45 år",
				Owner:    "Kari (kafésjef)",
				Cadence:  "3 innlegg i uka",
				Tone:     "Varm og leken, med bildene i sentrum",
			},
			{
				ID:       "facebook",
				Purposes: []string{"promote", "support", "incident"},
				Goal:     "Få 20 cateringbestillinger i måneden via Facebook innen mars 2027",
				Measures: []string{"klikk", "konverteringer", "svartid", "tid til første melding"},
				Audience: "Kontorledere som bestiller catering",
				Owner:    "Ola (daglig leder)",
				Cadence:  "2 innlegg i uka; meldinger besvares hver dag",
				Tone:     "Hjelpsom og saklig",
			},
		},
		Voice: Voice{
			Tone:              "Vennlig, med et enkelt og klart språk",
			Spokespeople:      SpeakDesignated,
			SpokespeopleNames: []string{"Kari", "Ola"},
			Guidelines: []string{
				"Spør før du legger ut bilder av kunder",
				"Ikke krangle i kommentarfeltet; ta saken videre i en privat melding",
				"Signer med fornavnet ditt når du svarer på vegne av bakeriet",
			},
		},
		Responses: Responses{
			Praise: Response{
				Approach:     "Takk innen et døgn; del de beste når vi har fått lov",
				ResponseTime: "24 timer",
				Owner:        "Kari",
			},
			Criticism: Response{
				Approach:     "Bekreft åpent at vi har sett det; ta detaljene privat",
				ResponseTime: "4 timer",
				Owner:        "Ola",
				Escalation:   "Ola, ved alt som gjelder mattrygghet",
			},
			Incident: Incident{
				Lead:     "Ola",
				Channels: []string{"facebook", "instagram"},
				HoldingStatement: "Vi vet at noe av brødet vi solgte tirsdag, inneholdt sesam som ikke sto på etiketten. " +
					"Kunder med sesamallergi som kjøpte brød hos oss tirsdag, må ikke spise det. Vi har stanset salget " +
					"og kontrollerer hver bakst. Vi oppdaterer her på Facebook og Instagram, og neste oppdatering kommer innen to timer.",
				UpdateInterval: "annenhver time; etterpå stanser vi planlagte innlegg og holder en kort evaluering innen en uke",
			},
		},
		Listening: Listening{
			Terms:     []string{"Solsiden Bakeri", "#solsidenbakeri", "bakeri Trondheim"},
			Frequency: "daglig",
			Owner:     "Kari",
		},
		Review: Review{Cadence: "hvert kvartal", Owner: "Ola"},
	}
}

// exampleNn is the model plan in nynorsk: the same bakery, as a bakery in a
// nynorsk-writing town would write it.
func exampleNn() *Plan {
	return &Plan{
		Version:  Version,
		Language: LangNynorsk,
		Organisation: Organisation{
			Name:      "Solsida Bakeri",
			About:     "Bakeri og kafé ved torget i Førde",
			Audiences: []string{"Barnefamiliar i nabolaget", "Bedrifter som bestiller catering", "Tidlegare kundar som har flytta frå byen"},
		},
		Presence: PresenceActive,
		Channels: []Channel{
			{
				ID:       "instagram",
				Purposes: []string{"inspire", "promote", "listen"},
				Goal:     "Nå 2 000 lokale følgjarar innan juni 2027",
				Measures: []string{"følgjarar", "rekkjevidd", "klikk", "omtalar"},
				Audience: "Barnefamiliar i nærområdet, 25–45 år",
				Owner:    "Kari (kafésjef)",
				Cadence:  "3 innlegg i veka",
				Tone:     "Varm og leiken, med bileta i sentrum",
			},
			{
				ID:       "facebook",
				Purposes: []string{"promote", "support", "incident"},
				Goal:     "Få 20 cateringbestillingar i månaden via Facebook innan mars 2027",
				Measures: []string{"klikk", "konverteringar", "svartid", "tid til første melding"},
				Audience: "Kontorleiarar som bestiller catering",
				Owner:    "Ola (dagleg leiar)",
				Cadence:  "2 innlegg i veka; meldingar får svar kvar dag",
				Tone:     "Hjelpsam og sakleg",
			},
		},
		Voice: Voice{
			Tone:              "Venleg, med eit enkelt og klart språk",
			Spokespeople:      SpeakDesignated,
			SpokespeopleNames: []string{"Kari", "Ola"},
			Guidelines: []string{
				"Spør før du legg ut bilete av kundar",
				"Ikkje krangle i kommentarfeltet; ta saka vidare i ei privat melding",
				"Skriv under med førenamnet ditt når du svarar på vegner av bakeriet",
			},
		},
		Responses: Responses{
			Praise: Response{
				Approach:     "Takk innan eit døgn; del dei beste når vi har fått lov",
				ResponseTime: "24 timar",
				Owner:        "Kari",
			},
			Criticism: Response{
				Approach:     "Stadfest ope at vi har sett det; ta detaljane privat",
				ResponseTime: "4 timar",
				Owner:        "Ola",
				Escalation:   "Ola, ved alt som gjeld mattryggleik",
			},
			Incident: Incident{
				Lead:     "Ola",
				Channels: []string{"facebook", "instagram"},
				HoldingStatement: "Vi veit at noko av brødet vi selde tysdag, inneheldt sesam som ikkje stod på etiketten. " +
					"Kundar med sesamallergi som kjøpte brød hos oss tysdag, må ikkje ete det. Vi har stansa salet " +
					"og kontrollerer kvar bakst. Vi oppdaterer her på Facebook og Instagram, og neste oppdatering kjem innan to timar.",
				UpdateInterval: "annakvar time; etterpå stansar vi planlagde innlegg og held ei kort evaluering innan ei veke",
			},
		},
		Listening: Listening{
			Terms:     []string{"Solsida Bakeri", "#solsidabakeri", "bakeri Førde"},
			Frequency: "dagleg",
			Owner:     "Kari",
		},
		Review: Review{Cadence: "kvart kvartal", Owner: "Ola"},
	}
}
