package config

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/source"
)

// valueType is what a key's value must be. viper's getters turn a value of
// another type into a zero value in silence (builtin: maybe reads as false
// and loads no rule), so every value is checked before it is read.
type valueType int

const (
	anyValue   valueType = iota // not checked: a key this table does not know
	textValue                   // a string
	boolValue                   // true or false
	listValue                   // a list of strings, or one string of comma-separated values
	tableValue                  // a mapping of strings to strings
)

var keyTypes = map[string]valueType{
	"rules": listValue, "disable": listValue, "exclude": listValue, "severity": tableValue,
	"fail_on": textValue, "format": textValue, "on_unreadable": textValue, "stories": textValue,
	"min_severity": textValue, "baseline": textValue, "new_from_rev": textValue, "facts": textValue,
	"builtin": boolValue, "require_suppression_reason": boolValue,
}

func (t valueType) String() string {
	switch t {
	case textValue:
		return "a string"
	case boolValue:
		return "true or false"
	case listValue:
		return "a list of strings"
	case tableValue:
		return "a mapping of strings to strings"
	}
	return "a value"
}

// checkFileValue says whether a value decoded from a configuration file has
// its key's type; index is the offending list element, -1 for the value.
func checkFileValue(t valueType, v any) (ok bool, index int) {
	switch t {
	case textValue:
		_, ok = v.(string)
	case boolValue:
		_, ok = v.(bool)
	case listValue:
		switch v := v.(type) {
		case nil, string, []string:
			return true, -1
		case []any:
			for i, x := range v {
				if _, ok := x.(string); !ok {
					return false, i
				}
			}
			return true, -1
		}
	case tableValue:
		if v == nil {
			return true, -1
		}
		m, isMap := v.(map[string]any)
		if !isMap {
			return false, -1
		}
		for _, x := range m {
			if _, ok := x.(string); !ok {
				return false, -1
			}
		}
		return true, -1
	default:
		return true, -1
	}
	return ok, -1
}

// checkFile checks the types of the values a file set.
func checkFile(file string, data []byte, settings map[string]any) error {
	for _, k := range Keys {
		v, set := settings[k]
		if !set {
			continue
		}
		t := keyTypes[k]
		if ok, index := checkFileValue(t, v); !ok {
			what := fmt.Sprintf("%q must be %s", k, t)
			if index >= 0 {
				what = fmt.Sprintf("%q must be %s: item %d is %s", k, t, index+1, describe(v.([]any)[index]))
			} else {
				what += ", not " + describe(v)
			}
			return &source.Error{Pos: valuePosition(file, data, k, index), Msg: what}
		}
	}
	return nil
}

// checkEnv checks the FACTLINT_* variables set (an empty one is unset, as
// viper reads it).
func checkEnv() error {
	for _, k := range Keys {
		name := envName(k)
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		switch keyTypes[k] {
		case boolValue:
			if _, err := strconv.ParseBool(v); err != nil {
				return fmt.Errorf("%s=%s: %q must be true or false", name, v, k)
			}
		case tableValue:
			var m map[string]string
			if json.Unmarshal([]byte(v), &m) != nil {
				return fmt.Errorf("%s=%s: %q must be a mapping of strings to strings, written as JSON: {\"rule-id\": \"warning\"}", name, v, k)
			}
		}
	}
	return nil
}

func envName(key string) string { return "FACTLINT_" + strings.ToUpper(key) }

func flagName(key string) string { return strings.ReplaceAll(key, "_", "-") }

// origin names where a key's value came from, for an error about the value.
func origin(file string, data []byte, flags *pflag.FlagSet, key string) string {
	if flagSet(flags, flagName(key)) {
		return "--" + flagName(key)
	}
	if v := os.Getenv(envName(key)); v != "" {
		return envName(key) + "=" + v
	}
	if file != "" {
		return valuePosition(file, data, key, -1).String()
	}
	return key
}

// originOfItem is origin for item index of a list key: the item's own
// place in a YAML file.
func originOfItem(file string, data []byte, flags *pflag.FlagSet, key string, index int) string {
	if file == "" || !fromFile(flags, key) {
		return origin(file, data, flags, key)
	}
	if _, n := yamlEntry(data, key); n == nil || n.Kind != yaml.SequenceNode {
		index = -1
	}
	return valuePosition(file, data, key, index).String()
}

// describe names a decoded value's type for an error message.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "empty"
	case string:
		return fmt.Sprintf("the string %q", v)
	case bool:
		return fmt.Sprintf("the boolean %v", v)
	case int, int64, uint64, float64:
		return fmt.Sprintf("the number %v", v)
	case []any, []string:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}
