package strategy

// Example returns a complete model plan to start from: a neighbourhood
// bakery on Instagram and Facebook, with every section of format 2
// answered as an adviser would want it.
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
		Document: Document{
			Version:    "1.0",
			Date:       "2027-01-15",
			Authors:    []string{"Kari Nordmann", "Ola Nordmann"},
			ApprovedBy: "Ola Nordmann (owner)",
			ValidUntil: "2027-12-31",
		},
		Organisation: Organisation{
			Name:       "Solsiden Bakeri",
			Kind:       KindBusiness,
			About:      "Neighbourhood bakery and café in Trondheim",
			Objectives: []string{"Grow catering to a third of sales by 2028", "Keep the café full on weekday afternoons"},
			Audiences: []Audience{
				{Name: "Families living nearby", Why: "They are most of our café guests and tell their friends",
					Where: []string{"instagram", "facebook"}, Wants: "New bakes, opening hours, something for the children"},
				{Name: "Offices ordering catering", Why: "Catering pays best and fills quiet weekdays",
					Where: []string{"facebook", "linkedin"}, Wants: "Menus, prices and quick answers"},
				{Name: "Past customers who have moved away", Why: "They order for visits home and recommend us",
					Where: []string{"instagram"}, Wants: "A taste of home and news from the café"},
			},
		},
		Presence: PresenceActive,
		Channels: []Channel{
			{
				ID:       "instagram",
				Account:  "@solsidenbakeri",
				Why:      "Families nearby spend time there and share photos of food",
				Purposes: []string{"inspire", "promote", "listen"},
				Themes:   []string{"New bakes", "Behind the counter"},
				Goal:     "Reach 2,000 local followers by June 2027",
				Baseline: "850 followers in January 2027",
				Measures: []string{"followers", "reach", "clicks", "mentions"},
				Audience: "Families nearby, 25-45",
				Owner:    "Kari (café manager)",
				Deputy:   "Ola",
				Cadence:  "3 posts a week",
				Checked:  "Every weekday at 9 and 15",
				Tone:     "Warm and playful, photo first",
			},
			{
				ID:       "facebook",
				Account:  "Solsiden Bakeri",
				Why:      "Office managers look for catering there, and it is where people ask us questions",
				Purposes: []string{"promote", "support", "incident"},
				Themes:   []string{"Catering menus", "Opening hours and news"},
				Goal:     "Take 20 catering orders a month through Facebook by March 2027",
				Baseline: "6 orders a month in January 2027",
				Measures: []string{"clicks", "conversions", "response time", "time to first post"},
				Audience: "Office managers ordering catering",
				Owner:    "Ola (owner)",
				Deputy:   "Kari",
				Cadence:  "2 posts a week, messages answered daily",
				Checked:  "Every weekday at 9, 12 and 15; weekends once a day",
				Tone:     "Helpful and to the point",
			},
		},
		DeclinedChannels: []Declined{
			{ID: "tiktok", Reason: "The families and offices we want to reach are on Instagram and Facebook, and we have no time for video"},
			{ID: "x", Reason: "Almost none of our customers are there"},
		},
		Content: Content{
			Themes:    []string{"Seasonal bakes", "Our neighbourhood", "The people behind the counter"},
			OffLimits: []string{"Politics", "Other customers' orders", "Complaints about competitors"},
			Planning:  "A monthly calendar in a shared sheet, planned on the first Monday of the month",
		},
		Resources: Resources{
			HoursPerWeek: "6, shared by Kari and Ola",
			Budget:       "NOK 1,500 a month for boosted posts",
			Tools:        []string{"Meta Business Suite", "Canva"},
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
			PrivateUse: []string{
				"Say it is your own opinion when you talk about work online",
				"Leave answers about the bakery to Kari and Ola",
			},
		},
		Governance: Governance{
			Approval:      "Kari posts freely; campaigns and prices go to Ola first",
			Security:      []string{"Two-factor authentication on every account", "Two admins on every account", "Remove access the day someone leaves"},
			Accessibility: []string{"Alt text on every image", "Captions on every video", "Never put information only in an image"},
			Legal:         []string{"Photos of customers only with their consent", "Allergens named in every post about a product"},
			Training:      "New staff get an hour's introduction to these guidelines in their first week",
		},
		Responses: Responses{
			Hours: "Weekdays 08:00–16:00; weekends once a day",
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
			Moderation: "Hide spam, hate speech and personal data; keep comments that only disagree; report threats to the police",
			Incident: Incident{
				Lead:      "Ola",
				Deputy:    "Kari",
				Contacts:  []string{"Ola 400 00 000", "Kari 900 00 000"},
				Scenarios: []string{"An allergen not on the label", "A hacked account", "A post that offends"},
				FirstSteps: []string{
					"Pause scheduled posts",
					"Call Ola, then Kari",
					"Agree what we know, what we do not know yet, and who is affected",
				},
				Channels: []string{"facebook", "instagram"},
				HoldingStatement: "We know that some of Tuesday's bread contained sesame that was not on the label. " +
					"Customers with allergies who bought bread on Tuesday should not eat it. We have stopped sales " +
					"and are checking every batch. Updates come here on Facebook and Instagram, next update within two hours.",
				UpdateInterval: "every 2 hours",
				Afterwards:     "Within a week, review what happened, what we said and what we change",
			},
		},
		Listening: Listening{
			Terms:     []string{"Solsiden Bakeri", "#solsidenbakeri", "bakery Trondheim"},
			Frequency: "daily",
			Owner:     "Kari",
			Tools:     []string{"Google Alerts", "Meta Business Suite"},
		},
		Reporting: Reporting{Cadence: "monthly", Owner: "Kari", To: "Ola"},
		Review:    Review{Cadence: "quarterly", Owner: "Ola"},
	}
}

func exampleNb() *Plan {
	return &Plan{
		Version:  Version,
		Language: LangBokmal,
		Document: Document{
			Version:    "1.0",
			Date:       "2027-01-15",
			Authors:    []string{"Kari Nordmann", "Ola Nordmann"},
			ApprovedBy: "Ola Nordmann (daglig leder)",
			ValidUntil: "2027-12-31",
		},
		Organisation: Organisation{
			Name:       "Solsiden Bakeri",
			Kind:       KindBusiness,
			About:      "Bakeri og kafé på Solsiden i Trondheim",
			Objectives: []string{"Catering skal utgjøre en tredjedel av omsetningen innen 2028", "Kafeen skal være full på hverdagsettermiddager"},
			Audiences: []Audience{
				{Name: "Barnefamilier i nabolaget", Why: "De utgjør flertallet av kafégjestene våre og anbefaler oss til andre",
					Where: []string{"instagram", "facebook"}, Wants: "Nye bakverk, åpningstider og noe for barna"},
				{Name: "Bedrifter som bestiller catering", Why: "Catering lønner seg best og fyller rolige hverdager",
					Where: []string{"facebook", "linkedin"}, Wants: "Menyer, priser og raske svar"},
				{Name: "Tidligere kunder som har flyttet fra byen", Why: "De bestiller når de er hjemme på besøk, og anbefaler oss",
					Where: []string{"instagram"}, Wants: "En smak av hjemme og nytt fra kafeen"},
			},
		},
		Presence: PresenceActive,
		Channels: []Channel{
			{
				ID:       "instagram",
				Account:  "@solsidenbakeri",
				Why:      "Barnefamiliene i nærområdet er der og deler bilder av mat",
				Purposes: []string{"inspire", "promote", "listen"},
				Themes:   []string{"Nye bakverk", "Bak disken"},
				Goal:     "Nå 2 000 lokale følgere innen juni 2027",
				Baseline: "850 følgere i januar 2027",
				Measures: []string{"følgere", "rekkevidde", "klikk", "omtaler"},
				Audience: "Barnefamilier i nærområdet, 25–45 år",
				Owner:    "Kari (kafésjef)",
				Deputy:   "Ola",
				Cadence:  "3 innlegg i uka",
				Checked:  "Hver hverdag kl. 9 og 15",
				Tone:     "Varm og leken, med bildene i sentrum",
			},
			{
				ID:       "facebook",
				Account:  "Solsiden Bakeri",
				Why:      "Kontorledere ser etter catering der, og det er der folk stiller oss spørsmål",
				Purposes: []string{"promote", "support", "incident"},
				Themes:   []string{"Cateringmenyer", "Åpningstider og nyheter"},
				Goal:     "Få 20 cateringbestillinger i måneden via Facebook innen mars 2027",
				Baseline: "6 bestillinger i måneden i januar 2027",
				Measures: []string{"klikk", "konverteringer", "svartid", "tid til første melding"},
				Audience: "Kontorledere som bestiller catering",
				Owner:    "Ola (daglig leder)",
				Deputy:   "Kari",
				Cadence:  "2 innlegg i uka; meldinger besvares hver dag",
				Checked:  "Hver hverdag kl. 9, 12 og 15; én gang om dagen i helgene",
				Tone:     "Hjelpsom og saklig",
			},
		},
		DeclinedChannels: []Declined{
			{ID: "tiktok", Reason: "Familiene og bedriftene vi vil nå, er på Instagram og Facebook, og vi har ikke tid til video"},
			{ID: "x", Reason: "Nesten ingen av kundene våre er der"},
		},
		Content: Content{
			Themes:    []string{"Sesongens bakverk", "Nabolaget vårt", "Folkene bak disken"},
			OffLimits: []string{"Politikk", "Andre kunders bestillinger", "Klager på konkurrenter"},
			Planning:  "En månedskalender i et delt regneark, planlagt første mandag i måneden",
		},
		Resources: Resources{
			HoursPerWeek: "6, delt mellom Kari og Ola",
			Budget:       "1 500 kr i måneden til sponsede innlegg",
			Tools:        []string{"Meta Business Suite", "Canva"},
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
			PrivateUse: []string{
				"Si at det er din egen mening når du skriver om jobben på nett",
				"La Kari og Ola svare på spørsmål om bakeriet",
			},
		},
		Governance: Governance{
			Approval:      "Kari publiserer fritt; kampanjer og priser går til Ola først",
			Security:      []string{"Tofaktorautentisering på alle kontoer", "To administratorer på hver konto", "Tilgangen fjernes samme dag som noen slutter"},
			Accessibility: []string{"Alternativ tekst på alle bilder", "Teksting på alle videoer", "Aldri informasjon bare i et bilde"},
			Legal:         []string{"Bilder av kunder bare med samtykke", "Allergener nevnes i alle innlegg om et produkt"},
			Training:      "Nyansatte får en times innføring i retningslinjene den første uka",
		},
		Responses: Responses{
			Hours: "Hverdager 08–16; i helgene én gang om dagen",
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
			Moderation: "Vi skjuler spam, hatytringer og personopplysninger; kommentarer som bare er uenige, blir stående; trusler meldes til politiet",
			Incident: Incident{
				Lead:      "Ola",
				Deputy:    "Kari",
				Contacts:  []string{"Ola 400 00 000", "Kari 900 00 000"},
				Scenarios: []string{"Et allergen som ikke står på etiketten", "En kapret konto", "Et innlegg som støter noen"},
				FirstSteps: []string{
					"Stans planlagte innlegg",
					"Ring Ola, deretter Kari",
					"Bli enige om hva vi vet, hva vi ikke vet ennå, og hvem som er berørt",
				},
				Channels: []string{"facebook", "instagram"},
				HoldingStatement: "Vi vet at noe av brødet vi solgte tirsdag, inneholdt sesam som ikke sto på etiketten. " +
					"Kunder med sesamallergi som kjøpte brød hos oss tirsdag, må ikke spise det. Vi har stanset salget " +
					"og kontrollerer hver bakst. Vi oppdaterer her på Facebook og Instagram, og neste oppdatering kommer innen to timer.",
				UpdateInterval: "annenhver time",
				Afterwards:     "Innen en uke går vi gjennom hva som skjedde, hva vi sa, og hva vi endrer",
			},
		},
		Listening: Listening{
			Terms:     []string{"Solsiden Bakeri", "#solsidenbakeri", "bakeri Trondheim"},
			Frequency: "daglig",
			Owner:     "Kari",
			Tools:     []string{"Google Alerts", "Meta Business Suite"},
		},
		Reporting: Reporting{Cadence: "hver måned", Owner: "Kari", To: "Ola"},
		Review:    Review{Cadence: "hvert kvartal", Owner: "Ola"},
	}
}

// exampleNn is the model plan in nynorsk: the same bakery, as a bakery in a
// nynorsk-writing town would write it.
func exampleNn() *Plan {
	return &Plan{
		Version:  Version,
		Language: LangNynorsk,
		Document: Document{
			Version:    "1.0",
			Date:       "2027-01-15",
			Authors:    []string{"Kari Nordmann", "Ola Nordmann"},
			ApprovedBy: "Ola Nordmann (dagleg leiar)",
			ValidUntil: "2027-12-31",
		},
		Organisation: Organisation{
			Name:       "Solsida Bakeri",
			Kind:       KindBusiness,
			About:      "Bakeri og kafé ved torget i Førde",
			Objectives: []string{"Catering skal utgjere ein tredjedel av omsetninga innan 2028", "Kafeen skal vere full på kvardagsettermiddagar"},
			Audiences: []Audience{
				{Name: "Barnefamiliar i nabolaget", Why: "Dei utgjer fleirtalet av kafégjestene våre og tilrår oss til andre",
					Where: []string{"instagram", "facebook"}, Wants: "Nye bakverk, opningstider og noko for borna"},
				{Name: "Bedrifter som bestiller catering", Why: "Catering løner seg best og fyller rolege kvardagar",
					Where: []string{"facebook", "linkedin"}, Wants: "Menyar, prisar og raske svar"},
				{Name: "Tidlegare kundar som har flytta frå byen", Why: "Dei bestiller når dei er heime på besøk, og tilrår oss",
					Where: []string{"instagram"}, Wants: "Ein smak av heime og nytt frå kafeen"},
			},
		},
		Presence: PresenceActive,
		Channels: []Channel{
			{
				ID:       "instagram",
				Account:  "@solsidabakeri",
				Why:      "Barnefamiliane i nærområdet er der og deler bilete av mat",
				Purposes: []string{"inspire", "promote", "listen"},
				Themes:   []string{"Nye bakverk", "Bak disken"},
				Goal:     "Nå 2 000 lokale følgjarar innan juni 2027",
				Baseline: "850 følgjarar i januar 2027",
				Measures: []string{"følgjarar", "rekkjevidd", "klikk", "omtalar"},
				Audience: "Barnefamiliar i nærområdet, 25–45 år",
				Owner:    "Kari (kafésjef)",
				Deputy:   "Ola",
				Cadence:  "3 innlegg i veka",
				Checked:  "Kvar kvardag kl. 9 og 15",
				Tone:     "Varm og leiken, med bileta i sentrum",
			},
			{
				ID:       "facebook",
				Account:  "Solsida Bakeri",
				Why:      "Kontorleiarar ser etter catering der, og det er der folk stiller oss spørsmål",
				Purposes: []string{"promote", "support", "incident"},
				Themes:   []string{"Cateringmenyar", "Opningstider og nyheiter"},
				Goal:     "Få 20 cateringbestillingar i månaden via Facebook innan mars 2027",
				Baseline: "6 bestillingar i månaden i januar 2027",
				Measures: []string{"klikk", "konverteringar", "svartid", "tid til første melding"},
				Audience: "Kontorleiarar som bestiller catering",
				Owner:    "Ola (dagleg leiar)",
				Deputy:   "Kari",
				Cadence:  "2 innlegg i veka; meldingar får svar kvar dag",
				Checked:  "Kvar kvardag kl. 9, 12 og 15; éin gong om dagen i helgane",
				Tone:     "Hjelpsam og sakleg",
			},
		},
		DeclinedChannels: []Declined{
			{ID: "tiktok", Reason: "Familiane og bedriftene vi vil nå, er på Instagram og Facebook, og vi har ikkje tid til video"},
			{ID: "x", Reason: "Nesten ingen av kundane våre er der"},
		},
		Content: Content{
			Themes:    []string{"Bakverk gjennom året", "Nabolaget vårt", "Folka bak disken"},
			OffLimits: []string{"Politikk", "Bestillingane til andre kundar", "Klager på konkurrentar"},
			Planning:  "Ein månadskalender i eit delt rekneark, planlagd første måndagen i månaden",
		},
		Resources: Resources{
			HoursPerWeek: "6, delt mellom Kari og Ola",
			Budget:       "1 500 kr i månaden til sponsa innlegg",
			Tools:        []string{"Meta Business Suite", "Canva"},
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
			PrivateUse: []string{
				"Sei at det er di eiga meining når du skriv om jobben på nett",
				"La Kari og Ola svare på spørsmål om bakeriet",
			},
		},
		Governance: Governance{
			Approval:      "Kari publiserer fritt; kampanjar og prisar går til Ola først",
			Security:      []string{"Tofaktorautentisering på alle kontoar", "To administratorar på kvar konto", "Tilgangen blir fjerna same dag som nokon sluttar"},
			Accessibility: []string{"Alternativ tekst på alle bilete", "Teksting på alle videoar", "Aldri informasjon berre i eit bilete"},
			Legal:         []string{"Bilete av kundar berre med samtykke", "Allergen blir nemnde i alle innlegg om eit produkt"},
			Training:      "Nytilsette får ei innføring på ein time i retningslinjene den første veka",
		},
		Responses: Responses{
			Hours: "Kvardagar 08–16; i helgane éin gong om dagen",
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
			Moderation: "Vi skjuler spam, hatefulle ytringar og personopplysningar; kommentarar som berre er usamde, blir ståande; truslar blir melde til politiet",
			Incident: Incident{
				Lead:      "Ola",
				Deputy:    "Kari",
				Contacts:  []string{"Ola 400 00 000", "Kari 900 00 000"},
				Scenarios: []string{"Eit allergen som ikkje står på etiketten", "Ein kapra konto", "Eit innlegg som støyter nokon"},
				FirstSteps: []string{
					"Stans planlagde innlegg",
					"Ring Ola, deretter Kari",
					"Bli samde om kva vi veit, kva vi ikkje veit enno, og kven som er råka",
				},
				Channels: []string{"facebook", "instagram"},
				HoldingStatement: "Vi veit at noko av brødet vi selde tysdag, inneheldt sesam som ikkje stod på etiketten. " +
					"Kundar med sesamallergi som kjøpte brød hos oss tysdag, må ikkje ete det. Vi har stansa salet " +
					"og kontrollerer kvar bakst. Vi oppdaterer her på Facebook og Instagram, og neste oppdatering kjem innan to timar.",
				UpdateInterval: "annakvar time",
				Afterwards:     "Innan ei veke går vi gjennom kva som skjedde, kva vi sa, og kva vi endrar",
			},
		},
		Listening: Listening{
			Terms:     []string{"Solsida Bakeri", "#solsidabakeri", "bakeri Førde"},
			Frequency: "dagleg",
			Owner:     "Kari",
			Tools:     []string{"Google Alerts", "Meta Business Suite"},
		},
		Reporting: Reporting{Cadence: "kvar månad", Owner: "Kari", To: "Ola"},
		Review:    Review{Cadence: "kvart kvartal", Owner: "Ola"},
	}
}
