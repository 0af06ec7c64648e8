# The texts outside the lessons' own checks: the setup chapter, the README
# and common/README. Same rules: code blocks are the real code, links lead
# somewhere.
for text in README.md common/README.md lessons/00-setup.md; do
  check "text matches the code, and its links exist: $text" docs_match "$text"
done
