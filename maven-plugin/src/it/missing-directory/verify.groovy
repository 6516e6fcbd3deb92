// A configured source directory that does not exist (a typo, a moved folder) fails the build
// instead of silently checking less.
def log = new File(basedir, 'build.log').text
assert log.contains('kwlint: the configured source directory')
assert log.contains('deploy/k8s does not exist (see sourceDirectories)')
return true
