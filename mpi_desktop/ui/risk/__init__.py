"""Risk assessments, protection plans and the follow-up section (issue #5)."""
