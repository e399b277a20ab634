package strategy

// The answers the catalogue's choice questions take (Question.Options).

func languageOptions(*Plan) []Option {
	return []Option{
		{LangEnglish, Text{En: "English", Nb: "engelsk", Nn: "engelsk"}},
		{LangBokmal, Text{En: "Norwegian bokmål", Nb: "norsk bokmål", Nn: "norsk bokmål"}},
		{LangNynorsk, Text{En: "Norwegian nynorsk", Nb: "norsk nynorsk", Nn: "norsk nynorsk"}},
	}
}

func kindOptions(*Plan) []Option {
	out := make([]Option, len(Kinds))
	for i, k := range Kinds {
		out[i] = Option{k.ID, k.Name}
	}
	return out
}

func presenceOptions(*Plan) []Option {
	return []Option{
		{PresenceActive, Text{En: "we will be on social media", Nb: "vi skal være i sosiale medier", Nn: "vi skal vere i sosiale medium"}},
		{PresenceNone, Text{
			En: "we decide not to be, and say why in no_presence_reason",
			Nb: "vi velger å ikke være der, og sier hvorfor i no_presence_reason",
			Nn: "vi vel å ikkje vere der, og seier kvifor i no_presence_reason",
		}},
	}
}

// channelOptions are the channels the product knows; a plan may name any
// other channel of its own too.
func channelOptions(*Plan) []Option {
	ids := make([]string, len(Channels))
	for i, c := range Channels {
		ids[i] = c.ID
	}
	return optionsOf(ids, ChannelNameIn)
}

// purposeOptions names the purposes in the words of the plan's kind.
func purposeOptions(p *Plan) []Option {
	ids := make([]string, len(Purposes))
	for i, pu := range Purposes {
		ids[i] = pu.ID
	}
	return optionsOf(ids, func(id, lang string) string { return PurposeName(id, p.Organisation.Kind, lang) })
}

// spokespeopleOptions names the choices of who may speak in the words of
// the plan's kind.
func spokespeopleOptions(p *Plan) []Option {
	ids := make([]string, len(Spokespeople))
	for i, s := range Spokespeople {
		ids[i] = s.ID
	}
	return optionsOf(ids, func(id, lang string) string { return SpokespeopleNameFor(id, p.Organisation.Kind, lang) })
}

// optionsOf makes a choice's options from its ids, each named in every
// language by name(id, lang).
func optionsOf(ids []string, name func(id, lang string) string) []Option {
	out := make([]Option, len(ids))
	for i, id := range ids {
		out[i] = Option{id, Text{En: name(id, LangEnglish), Nb: name(id, LangBokmal), Nn: name(id, LangNynorsk)}}
	}
	return out
}
