// A baseline written by `kwlint check --update-baseline` (committed here) hides the known error:
// the build passes, and says how many findings the baseline hid.
def log = new File(basedir, 'build.log').text
assert log.contains('kwlint: 2 findings hidden by the baseline')
assert log.contains('kwlint: no findings in 1 file')
return true
