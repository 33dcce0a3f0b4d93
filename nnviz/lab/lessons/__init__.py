"""The course as data: lesson files, their loader and the checks that tick their tasks (no Qt)."""
from .checks import CHECK_KINDS, CheckError, check_met, validate_check
from .lesson import (HandSetWeight, Lesson, LessonError, Task, load_lesson, load_lessons,
                     localized, parse_lesson, shipped_lessons)

__all__ = ["CHECK_KINDS", "CheckError", "check_met", "validate_check", "HandSetWeight", "Lesson",
           "LessonError", "Task", "load_lesson", "load_lessons", "localized", "parse_lesson",
           "shipped_lessons"]
