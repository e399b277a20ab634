package strategy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest answers file read. A real plan is a few
// kilobytes; anything near this is a mistake or an attack.
const MaxFileSize = 1 << 20

// Load reads and validates the answers file at path. "-" reads standard
// input. The error is an Errors value when the file was read but is not a
// valid plan.
func Load(path string) (*Plan, error) {
	name := path
	r := io.Reader(os.Stdin)
	if path == "-" {
		name = "<stdin>"
	} else {
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file; start one with `socialstrategy` or `socialstrategy example -o %s`", path, path)
		}
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err // an *fs.PathError: it names the file already
	}
	return Parse(name, data)
}

// Parse decodes and validates an answers file. name is used in errors only.
func Parse(name string, data []byte) (*Plan, error) {
	return parse(name, data, false)
}

// ParseDraft is Parse for a plan still being answered, such as the file the
// wizard saves after every step: required answers may be missing, but
// everything that is there must be valid.
func ParseDraft(name string, data []byte) (*Plan, error) {
	return parse(name, data, true)
}

func parse(name string, data []byte, draft bool) (*Plan, error) {
	p, pos, errs := decode(name, data)
	if p == nil {
		return nil, errs.inLanguage(fileLanguage(data))
	}
	covered := coveredPaths(errs)
	for _, e := range p.Validate() {
		if !covered[e.Path] && !(draft && e.Missing) {
			e.File = name
			e.Line, e.Col = pos.near(e.Path)
			errs = append(errs, e)
		}
	}
	if errs != nil {
		return nil, errs.sorted().capped().inLanguage(fileLanguage(data))
	}
	return p, nil
}

// coveredPaths returns the field paths that decoding errors speak of,
// with every path above them, so validation does not repeat them. A set
// rather than a search per validation error: a hostile file can hold
// tens of thousands of both.
func coveredPaths(errs Errors) map[string]bool {
	m := make(map[string]bool, len(errs))
	for _, e := range errs {
		for p := e.Path; !m[p]; {
			m[p] = true
			i := strings.LastIndexAny(p, ".[")
			if i < 0 {
				break
			}
			p = p[:i]
		}
	}
	return m
}

// Decode decodes an answers file without validating it, for tools that
// want to read a plan still being written. Unknown keys and wrong types
// are still errors.
func Decode(name string, data []byte) (*Plan, error) {
	p, _, errs := decode(name, data)
	if errs != nil {
		return nil, errs.capped().inLanguage(fileLanguage(data))
	}
	return p, nil
}

func decode(name string, data []byte) (*Plan, positions, Errors) {
	fail := func(line int, format string, args ...any) (*Plan, positions, Errors) {
		return nil, nil, Errors{newFieldError(name, line, 0, "", format, args...)}
	}
	switch {
	case len(data) > MaxFileSize:
		return fail(0, "file is larger than %d KiB; an answers file is a few KiB of YAML", MaxFileSize>>10)
	case bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data):
		return fail(0, "not a text file; an answers file is YAML text in UTF-8 (try `socialstrategy example`)")
	case len(bytes.TrimSpace(data)) == 0:
		return fail(0, "file is empty; start from `socialstrategy example`")
	}

	if line, col, r, found := forbiddenRune(data); found {
		// go-yaml refuses these too, but without saying where.
		return nil, nil, Errors{newFieldError(name, line, col, "", "control character %U is not allowed in YAML; remove it", r)}
	}

	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		return fail(0, "file has no answers in it; start from `socialstrategy example`")
	}
	if err != nil {
		return nil, nil, Errors{syntaxError(name, data, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return fail(extra.Line, "more than one YAML document; an answers file holds one plan")
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	switch {
	case root.Kind == yaml.ScalarNode && root.Tag == "!!null":
		return fail(0, "file has no answers in it; start from `socialstrategy example`")
	case root.Kind != yaml.MappingNode:
		// Anything else is not a plan at all; checking its missing fields
		// would only bury this one error.
		return nil, nil, Errors{newFieldError(name, root.Line, root.Column, "",
			"not an answers file: want keys and values such as \"version: 1\" at the top, found %s", kindName(root))}
	}

	d := &decoder{file: name, pos: positions{}}
	p := &Plan{}
	d.value(root, reflect.ValueOf(p).Elem(), "")
	p.normalise()
	if d.errs != nil {
		return p, d.pos, d.errs.sorted()
	}
	return p, d.pos, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserProblems are the messages of go-yaml's parser (as opposed to
// its scanner). The parser reports a 0-based line, or none for the first
// line, where the scanner reports a 1-based one.
var yamlParserProblems = regexp.MustCompile(`^(did not find expected (',' or '[\]}]'|'-' indicator|<document start>|<stream-start>|key|node content)|found (duplicate %(TAG|YAML) directive|incompatible YAML document|undefined tag handle))$`)

// yamlError splits a go-yaml error into its 1-based line and message.
func yamlError(err error) (int, string) {
	s := err.Error()
	line, msg := 0, strings.TrimPrefix(s, "yaml: ")
	if m := yamlLine.FindStringSubmatch(s); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	if yamlParserProblems.MatchString(msg) {
		line++
	}
	return line, msg
}

// forbiddenRune finds the first character the YAML stream may not hold:
// C0 controls other than tab, line feed and carriage return, DEL, C1
// controls other than NEL, and U+FFFE and U+FFFF. data is valid UTF-8.
func forbiddenRune(data []byte) (line, col int, r rune, found bool) {
	line, col = 1, 1
	for _, r := range string(data) {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r < 0x20 && r != '\t' && r != '\r', r >= 0x7f && r <= 0x9f && r != 0x85, r == 0xfffe, r == 0xffff:
			return line, col, r, true
		}
		col++
	}
	return 0, 0, 0, false
}

// positions maps field paths to where their values stand in the file.
type positions map[string][2]int

// near returns the position of path, or of its nearest ancestor that the
// file has (a missing field is reported where its parent is).
func (ps positions) near(path string) (line, col int) {
	for {
		if p, ok := ps[path]; ok {
			return p[0], p[1]
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			p := ps[""]
			return p[0], p[1]
		}
		path = path[:i]
	}
}

// decoder walks a YAML node tree into a Plan by the yaml struct tags,
// collecting every error with its position instead of stopping at the first.
type decoder struct {
	file string
	errs Errors
	pos  positions
	// unknown caches the message for an unknown key: a hostile file can
	// repeat one a hundred thousand times, and each message lists and
	// compares every known key.
	unknown map[unknownKey][2]string
	fields  map[reflect.Type]map[string]int
}

// fieldsOf is the package's fieldsOf, built once per type and file: a
// file of a hundred thousand channels would otherwise build as many maps.
func (d *decoder) fieldsOf(t reflect.Type) map[string]int {
	if f, ok := d.fields[t]; ok {
		return f
	}
	if d.fields == nil {
		d.fields = map[reflect.Type]map[string]int{}
	}
	f := fieldsOf(t)
	d.fields[t] = f
	return f
}

type unknownKey struct {
	t   reflect.Type
	key string
}

// unknownKey returns what the message for a key the type t does not
// have says besides the key: the known keys and a "did you mean".
func (d *decoder) unknownKey(t reflect.Type, key string) (known, dym string) {
	k := unknownKey{t, key}
	if m, ok := d.unknown[k]; ok {
		return m[0], m[1]
	}
	names := fieldNames(t)
	m := [2]string{strings.Join(names, ", "), didYouMean(key, names)}
	if d.unknown == nil {
		d.unknown = map[unknownKey][2]string{}
	}
	if len(d.unknown) < 1000 {
		d.unknown[k] = m
	}
	return m[0], m[1]
}

func (d *decoder) fail(n *yaml.Node, path, format string, args ...any) {
	d.errs = append(d.errs, newFieldError(d.file, n.Line, n.Column, path, format, args...))
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	d.pos[path] = [2]int{n.Line, n.Column}
	if n.Kind == yaml.AliasNode {
		d.fail(n, path, "aliases (*%s) are not supported in an answers file; write the value out", n.Value)
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // an empty value leaves the field to be decided
	}
	switch v.Kind() {
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "want text, found %s", kindName(n))
			return
		}
		v.SetString(Clean(n.Value))
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
			d.fail(n, path, "want a whole number, found %s", kindName(n))
			return
		}
		v.SetInt(int64(i))
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.fail(n, path, "want a list such as [a, b] or lines starting with \"- \", found %s", kindName(n))
			return
		}
		if len(n.Content) == 0 {
			return // [] is the same plan as no list, so a saved plan loads back equal
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.value(c, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.Struct:
		if n.Kind == yaml.ScalarNode && shorthand[v.Type()] {
			// "- Families" is {name: Families}: the first field alone.
			f := v.Type().Field(0)
			d.pos[join(path, tagName(f))] = [2]int{n.Line, n.Column}
			v.Field(0).SetString(Clean(n.Value))
			return
		}
		d.mapping(n, v, path)
	default:
		panic("strategy: cannot decode into " + v.Type().String())
	}
}

// shorthand are the list items a plain string may stand for, as the
// value of their first field: an audience by its name, a declined channel
// by its id.
var shorthand = map[reflect.Type]bool{
	reflect.TypeFor[Audience](): true,
	reflect.TypeFor[Declined](): true,
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, path, "want keys and values (a mapping), found %s", kindName(n))
		return
	}
	fields := d.fieldsOf(v.Type())
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := Clean(k.Value)
		kp := join(path, key)
		if k.Kind != yaml.ScalarNode || key == "<<" {
			d.fail(k, path, "keys must be plain names; merge keys and complex keys are not supported")
			continue
		}
		idx, ok := fields[key]
		if !ok {
			known, dym := d.unknownKey(v.Type(), key)
			d.fail(k, kp, "unknown key %q (known: %s)%s", key, known, dym)
			continue
		}
		if line, dup := seen[key]; dup {
			d.fail(k, kp, "key %q is given twice (first on line %d)", key, line)
			continue
		}
		seen[key] = k.Line
		d.value(val, v.Field(idx), kp)
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "keys and values"
	case yaml.AliasNode:
		return "an alias"
	}
	if len(n.Value) > 40 {
		return strconv.Quote(n.Value[:40] + "…")
	}
	return strconv.Quote(n.Value)
}

func fieldsOf(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		m[tagName(t.Field(i))] = i
	}
	return m
}

func fieldNames(t reflect.Type) []string {
	names := make([]string, t.NumField())
	for i := range t.NumField() {
		names[i] = tagName(t.Field(i))
	}
	return names
}

func tagName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return name
}

// didYouMean suggests the known word closest to a misspelt one.
func didYouMean(word string, known []string) string {
	best, bestDist := "", 3
	word = strings.ToLower(word)
	n := utf8.RuneCountInString(word)
	for _, k := range known {
		if d := n - utf8.RuneCountInString(k); d >= bestDist || -d >= bestDist {
			continue // the distance is at least the difference in length
		}
		if dist := editDistance(word, k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// normalise puts ids into their canonical form so that a loaded plan reads
// the same however the file spelt them.
func (p *Plan) normalise() {
	if p.Version >= MinVersion && p.Version < Version {
		// An older file is read as the current format: every key it
		// has means the same in this one.
		p.Version = Version
	}
	p.Language = strings.ToLower(strings.TrimSpace(p.Language))
	if p.Language == "" {
		p.Language = LangEnglish
	}
	p.Presence = strings.ToLower(strings.TrimSpace(p.Presence))
	p.Voice.Spokespeople = strings.ToLower(strings.TrimSpace(p.Voice.Spokespeople))
	p.Organisation.Kind = strings.ToLower(strings.TrimSpace(p.Organisation.Kind))
	for i := range p.Organisation.Audiences {
		normaliseIDs(p.Organisation.Audiences[i].Where)
	}
	for i := range p.DeclinedChannels {
		p.DeclinedChannels[i].ID = NormaliseChannelID(p.DeclinedChannels[i].ID)
	}
	for i := range p.Channels {
		c := &p.Channels[i]
		c.ID = NormaliseChannelID(c.ID)
		for j, id := range c.Purposes {
			c.Purposes[j] = strings.ToLower(strings.TrimSpace(id))
		}
	}
	normaliseIDs(p.Responses.Incident.Channels)
}

// normaliseIDs puts every channel id of a list into its canonical form.
func normaliseIDs(ids []string) {
	for i, id := range ids {
		ids[i] = NormaliseChannelID(id)
	}
}

// known is a helper for enum errors: the allowed values, comma-separated.
func known(vals []string) string { return strings.Join(vals, ", ") }

// oneOf reports whether s is one of vals.
func oneOf(s string, vals ...string) bool { return slices.Contains(vals, s) }
