// kwlint.skip: the failing manifest is not even read, and no report is written.
def log = new File(basedir, 'build.log').text
assert log.contains('kwlint: skipped (kwlint.skip)')
assert !new File(basedir, 'target/kwlint').exists()
return true
