package vn.citizenhub.core.sla;

/** Whether a clock counts working days (official calendar) or plain calendar days. */
public enum DayType {
  WORKING,
  CALENDAR
}
