// The build failed with a one-line reason, and the finding is an IDE-linkable [ERROR] line.
def log = new File(basedir, 'build.log').text
def manifest = new File(basedir, 'k8s/job.yaml').canonicalPath
assert log.contains("[ERROR] ${manifest}:8:5: restartPolicy is not set, so it defaults to Always")
assert log.contains('[job-restart-policy]')
assert log.contains('kwlint: 1 finding at or above error in 1 file (reports in target/kwlint)')
assert new File(basedir, 'target/kwlint/kwlint.txt').isFile()
return true
