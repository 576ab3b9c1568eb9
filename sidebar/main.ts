// The sidebar's entry; the panels arrive with the triwulan work.
document.documentElement.dataset.ready = "true";
