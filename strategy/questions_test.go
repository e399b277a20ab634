package strategy

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// planKeys walks a type by its yaml tags and returns every answer's key:
// a struct's fields by their own keys, a list of structs as key[].field, a
// string or a list of strings as a leaf.
func planKeys(t reflect.Type, prefix string) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		key := join(prefix, tagName(f))
		switch {
		case f.Type.Kind() == reflect.Struct:
			keys = append(keys, planKeys(f.Type, key)...)
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct:
			keys = append(keys, key)
			keys = append(keys, planKeys(f.Type.Elem(), key+"[]")...)
		default:
			keys = append(keys, key)
		}
	}
	return keys
}

// notAsked reports whether key is on NotAsked or inside a key that is.
func notAsked(key string) bool {
	for _, n := range NotAsked {
		if key == n || strings.HasPrefix(key, n+".") || strings.HasPrefix(key, n+"[]") {
			return true
		}
	}
	return false
}

func TestCatalogueCoversPlan(t *testing.T) {
	// Every answer in Plan is in the catalogue or on the not-asked list,
	// so a field added to Plan without a question fails here.
	asked := map[string]bool{}
	for _, q := range Questions {
		asked[q.Key] = true
	}
	for _, key := range planKeys(reflect.TypeFor[Plan](), "") {
		if strings.Contains(key, "[]") && asked[key[:strings.Index(key, "[]")]] && !strings.HasPrefix(key, "channels[]") {
			// A list item's parts are asked by the list's question or
			// written in the file (NotAsked says which).
			if !notAsked(key) {
				t.Errorf("%s: a part of a list the catalogue asks as a whole; add it to NotAsked or to Questions", key)
			}
			continue
		}
		if !asked[key] && !notAsked(key) {
			t.Errorf("%s is an answer of Plan that no question asks and NotAsked does not list", key)
		}
	}
	for _, n := range NotAsked {
		if asked[n] {
			t.Errorf("%s is both asked and on NotAsked", n)
		}
	}
}

func TestCatalogueFields(t *testing.T) {
	// Each question's Field is the field its Key names, found by the yaml
	// tags: a question cannot read one answer and name another.
	p := &Plan{Channels: []Channel{{ID: "instagram"}, {ID: "facebook"}}}
	for _, q := range Questions {
		ch := 0
		if q.PerChannel() {
			ch = 1
		}
		want := fieldByKey(t, reflect.ValueOf(p).Elem(), q.Path(ch))
		got := reflect.ValueOf(q.Field(p, ch))
		if got.Kind() != reflect.Pointer || got.Pointer() != want.Addr().Pointer() || got.Elem().Type() != want.Type() {
			t.Errorf("Questions[%s].Field points at another answer than its key", q.Key)
		}
		if q.Point != (Text{}) {
			if ok, reason := q.Point.Complete(); !ok {
				t.Errorf("Questions[%s].Point = %+v: %s", q.Key, q.Point, reason)
			}
		}
		if q.PointFor != nil {
			for _, k := range KindIDs() {
				if ok, reason := q.PointFor(&Plan{Organisation: Organisation{Kind: k}}).Complete(); !ok {
					t.Errorf("Questions[%s].PointFor(%s): %s", q.Key, k, reason)
				}
			}
		}
		if !q.Optional && q.Point == (Text{}) && q.PointFor == nil {
			t.Errorf("Questions[%s] is on the quick path but has no checklist label", q.Key)
		}
	}
}

// fieldByKey finds the field a path such as channels[1].goal names.
func fieldByKey(t *testing.T, v reflect.Value, path string) reflect.Value {
	t.Helper()
	for part := range strings.SplitSeq(path, ".") {
		name, idx, _ := strings.Cut(part, "[")
		found := false
		for i := range v.NumField() {
			if tagName(v.Type().Field(i)) == name {
				v, found = v.Field(i), true
				break
			}
		}
		if !found {
			t.Fatalf("%s: no field %q", path, name)
		}
		if idx != "" {
			v = v.Index(int(idx[0] - '0'))
		}
	}
	return v
}

func TestCatalogueKeysOnce(t *testing.T) {
	// A key is asked once, except where the plan's presence decides which
	// of two questions applies (review is "revisit the decision" without
	// presence).
	seen := map[string]Question{}
	for _, q := range Questions {
		if first, dup := seen[q.Key]; dup {
			active, none := &Plan{Presence: PresenceActive}, &Plan{Presence: PresenceNone}
			if first.Applies(active) == q.Applies(active) || first.Applies(none) == q.Applies(none) {
				t.Errorf("%s is asked twice for the same plans", q.Key)
			}
		}
		seen[q.Key] = q
	}
}

func TestQuestionFor(t *testing.T) {
	tests := []struct {
		path, key string
		ch        int
	}{
		{"organisation.name", "organisation.name", -1},
		{"channels[2].goal", "channels[].goal", 2},
		{"channels[0].purposes[1]", "channels[].purposes", 0},
		{"channels[3]", "channels", 3},
		{"responses.incident.first_steps[0]", "responses.incident.first_steps", -1},
		{"organisation.audiences[1].why", "organisation.audiences", -1},
		{"responses.incident", "responses.incident.lead", -1},
		{"voice", "voice.tone", -1},
	}
	for _, tt := range tests {
		q, ch, ok := QuestionFor(tt.path)
		if !ok || q.Key != tt.key || ch != tt.ch {
			t.Errorf("QuestionFor(%q) = %q, %d, %v; want %q, %d", tt.path, q.Key, ch, ok, tt.key, tt.ch)
		}
	}
	if _, _, ok := QuestionFor("colour"); ok {
		t.Errorf("QuestionFor(colour) found a question")
	}
}

func TestOptionalPoints(t *testing.T) {
	// The example answers every optional section; a plan of the quick path
	// answers none, and each optional point is on a page of its own.
	for _, pt := range Example(LangEnglish).OptionalPoints() {
		if !pt.Decided && pt.Path != "responses.praise.escalation" && pt.Path != "organisation.kind" {
			t.Errorf("Example's optional point %s is not answered", pt.Path)
		}
	}
	quick := Example(LangEnglish)
	quick.Document, quick.Content, quick.Resources, quick.Governance, quick.Reporting = Document{}, Content{}, Resources{}, Governance{}, Reporting{}
	pts := quick.OptionalPoints()
	if !slices.ContainsFunc(pts, func(pt Point) bool { return pt.Path == "content.themes" && !pt.Decided }) {
		t.Errorf("OptionalPoints() of a plan without content lacks an open content.themes: %+v", pts)
	}
	for _, pt := range pts {
		q, _, _ := QuestionFor(pt.Path)
		if q.Page == "" {
			t.Errorf("optional point %s has no page", pt.Path)
		}
	}
}

// TestCataloguePrompts: every question of the quick path has its prompt
// in every language, and every prompt and help given is complete.
func TestCataloguePrompts(t *testing.T) {
	for _, q := range Questions {
		if !q.Optional && q.Title == (Text{}) {
			t.Errorf("Questions[%s] is on the quick path but has no Title", q.Key)
		}
		for name, s := range map[string]Text{"Title": q.Title, "Help": q.Help, "Required": q.Required} {
			if s == (Text{}) {
				continue
			}
			if ok, reason := s.Complete(); !ok {
				t.Errorf("Questions[%s].%s = %+v: %s", q.Key, name, s, reason)
			}
		}
	}
}
