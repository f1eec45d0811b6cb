"""Presenting facts to readers: shared by the papers, the site and the charts."""
