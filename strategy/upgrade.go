package strategy

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Upgrade rewrites an answers file of an older format version as the
// current version. It returns the new file and what changed, one line a
// change in file order, such as "version: 1 → 2". A file that is already
// in the current version comes back as it is, with no changes. name is
// used in errors only; the error is an Errors value when the file is not a
// valid draft plan. A version 1 file and its upgrade render the same
// document: every key of version 1 means the same in version 2.
func Upgrade(name string, data []byte) (out []byte, changes []string, err error) {
	p, err := ParseDraft(name, data)
	if err != nil {
		return nil, nil, err
	}
	if fileVersion(data) == Version {
		return data, nil, nil
	}
	out, err = Marshal(p)
	if err != nil {
		return nil, nil, err
	}
	after := map[string]string{}
	for _, kv := range scalars(out) {
		after[kv.path] = kv.value
	}
	for _, kv := range scalars(data) {
		now, ok := lookup(after, kv.path)
		switch {
		case !ok:
			changes = append(changes, fmt.Sprintf("%s: removed, it was empty", kv.path))
		case now != kv.value:
			changes = append(changes, fmt.Sprintf("%s: %s → %s", kv.path, kv.value, now))
		}
	}
	changes = append(changes, "comments: each section's explanation rewritten for version "+strconv.Itoa(Version))
	return out, changes, nil
}

// fileVersion returns the version key of an answers file, 0 if it has none.
func fileVersion(data []byte) int {
	var v struct {
		Version int `yaml:"version"`
	}
	_ = yaml.Unmarshal(data, &v) // the file has been parsed already
	return v.Version
}

type pathValue struct{ path, value string }

// scalars lists every scalar of a YAML file with its field path, in file
// order: channels[0].id.
func scalars(data []byte) []pathValue {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return nil
	}
	var out []pathValue
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, path)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i+1], join(path, n.Content[i].Value))
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, fmt.Sprintf("%s[%d]", path, i))
			}
		case yaml.ScalarNode:
			out = append(out, pathValue{path, n.Value})
		}
	}
	walk(&doc, "")
	return out
}

// lookup finds a path among the scalars of a file. A list item written as a
// plain string stands for its first field (audiences[0] is
// audiences[0].name), so either spelling is found.
func lookup(m map[string]string, path string) (string, bool) {
	if v, ok := m[path]; ok {
		return v, true
	}
	for _, suffix := range []string{".name", ".id"} {
		if p, ok := strings.CutSuffix(path, suffix); ok {
			if v, ok := m[p]; ok {
				return v, true
			}
		}
	}
	return "", false
}
