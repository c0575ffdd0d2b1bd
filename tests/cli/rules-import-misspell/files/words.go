package misspell

// A list in the shape of misspell's words.go.
var DictMain = []string{
	"accomodate", "accommodate",
	"goverment", "government",
	"untill", "until",
}
